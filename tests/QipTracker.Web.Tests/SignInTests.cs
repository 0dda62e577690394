using System.Net;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

public abstract class SignInTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Trust {Guid.NewGuid():N}"[..14]);

    [Fact]
    public async Task Every_role_signs_in_and_sees_their_name_trust_and_role()
    {
        var trust = await NewTrust();
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            var browser = await app.SignedInAsync(trust[role]);
            var home = await browser.GetStringAsync("/");
            Assert.Contains($"Welcome, {trust[role].DisplayName}", home);
            Assert.Contains(trust.Name, home);
            Assert.Contains(Security.RoleNames.Describe(role), home);
        }
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answer()
    {
        var trust = await NewTrust();
        var browser = app.NewBrowser();

        var wrongPassword = await browser.PostLoginAsync(trust[TrustRole.Pmo].Email, "not the password at all");
        var unknownAccount = await browser.PostLoginAsync("nobody@nowhere.example", "not the password at all");

        Assert.Equal(wrongPassword.Headers.Location, unknownAccount.Headers.Location);
        var page = await browser.FollowAsync(wrongPassword);
        Assert.Contains("The email or password is not right", page);
        Assert.DoesNotContain("Welcome", page);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_answer_says_it_may_be_locked()
    {
        var trust = await NewTrust();
        var browser = app.NewBrowser();
        var user = trust[TrustRole.BoardMember];
        for (var i = 0; i < 5; i++) await browser.PostLoginAsync(user.Email, "wrong password " + i);

        var withRightPassword = await browser.PostLoginAsync(user.Email, TestTrust.Password);

        var page = await browser.FollowAsync(withRightPassword);
        // The same words as for an unknown account: they say it may be locked, never that it is.
        Assert.Contains("or the account is locked after 5 failed attempts (wait 15 minutes and try again)", page);
        Assert.DoesNotContain("Welcome", await browser.GetStringAsync("/account/login"));
    }

    [Fact]
    public async Task Pages_need_a_signed_in_user()
    {
        var response = await app.NewBrowser().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var trust = await NewTrust();
        var browser = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var token = await browser.AntiforgeryTokenAsync("/");

        await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task The_job_dashboard_is_for_the_system_admin_only()
    {
        var trust = await NewTrust();
        var board = await app.SignedInAsync(trust[TrustRole.BoardMember]);
        var admin = await app.SignedInAsync(trust[TrustRole.TrustAdmin]);
        var sysadmin = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));

        Assert.NotEqual(HttpStatusCode.OK, (await app.NewBrowser().GetAsync("/hangfire")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await board.GetAsync("/hangfire")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
        var dashboard = await sysadmin.GetAsync("/hangfire");
        Assert.True(dashboard.StatusCode == HttpStatusCode.OK, await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_database_and_job_storage_to_the_system_admin()
    {
        var sysadmin = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));
        var response = await sysadmin.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"jobs\":", body);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app);
[Collection(OnPostgres.Name)]
public sealed class SignInOnPostgres(PostgresApp app) : SignInTests(app);
