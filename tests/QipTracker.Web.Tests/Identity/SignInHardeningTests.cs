using System.Net;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.People;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Identity;

/// <summary>The penetration test's sign-in findings (issue 10), replayed through the real endpoints.</summary>
public abstract class SignInHardeningTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Hard {Guid.NewGuid():N}"[..12]);

    private static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith("qip.auth=", StringComparison.Ordinal) && v.Length > "qip.auth=".Length)
            : null;

    private HttpClient Replaying(string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) => new(fields.ToDictionary(f => f.Key, f => f.Value));

    [Fact]
    public async Task A_cookie_captured_before_signing_out_no_longer_works_after_it()
    {
        var trust = await NewTrust();
        var browser = app.NewBrowser();
        var login = await browser.PostLoginAsync(trust[TrustRole.Pmo].Email, TestTrust.Password);
        var captured = AuthCookie(login) ?? throw new InvalidOperationException("no sign-in cookie");
        Assert.Equal(HttpStatusCode.OK, (await Replaying(captured).GetAsync("/")).StatusCode);

        var csrf = await browser.AntiforgeryTokenAsync("/");
        await browser.PostAsync("/account/logout", Form(("__RequestVerificationToken", csrf)));

        var replayed = await Replaying(captured).GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/account/login", replayed.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Replaying(captured).GetAsync("/api/v1/trust")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        var trust = await NewTrust();
        var browser = await app.SignedInAsync(trust[TrustRole.BoardMember]);

        // A cross-site form carries the cookie but not the page's token header.
        browser.DefaultRequestHeaders.Remove("RequestVerificationToken");
        var forged = await browser.PostAsync("/account/logout", Form());

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/%5C/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\r\n/evil.example")]
    public async Task A_return_address_that_is_not_a_plain_local_path_falls_back_to_home(string returnUrl)
    {
        var trust = await NewTrust();
        var browser = app.NewBrowser();
        var csrf = await browser.AntiforgeryTokenAsync("/account/login");

        var answer = await browser.PostAsync("/account/login", Form(("email", trust[TrustRole.Pmo].Email), ("password", TestTrust.Password),
            ("returnUrl", returnUrl), ("__RequestVerificationToken", csrf)));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_plain_local_return_address_is_kept()
    {
        var trust = await NewTrust();
        var browser = app.NewBrowser();
        var csrf = await browser.AntiforgeryTokenAsync("/account/login");
        var answer = await browser.PostAsync("/account/login", Form(("email", trust[TrustRole.Pmo].Email), ("password", TestTrust.Password),
            ("returnUrl", "/register?isg=1"), ("__RequestVerificationToken", csrf)));
        Assert.Equal("/register?isg=1", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_account_get_the_same_answer()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.BoardMember];
        for (var i = 0; i < 5; i++) await app.NewBrowser().PostLoginAsync(user.Email, "wrong password " + i);

        var locked = await app.NewBrowser().PostLoginAsync(user.Email, TestTrust.Password);
        var unknown = await app.NewBrowser().PostLoginAsync($"nobody.{Guid.NewGuid():N}@nowhere.example", TestTrust.Password);
        var wrong = await app.NewBrowser().PostLoginAsync(trust[TrustRole.Pmo].Email, "not the password at all");

        Assert.Equal(unknown.Headers.Location, locked.Headers.Location);
        Assert.Equal(unknown.Headers.Location, wrong.Headers.Location);
        var page = await app.NewBrowser().FollowAsync(locked);
        Assert.Contains("not right", page);
        Assert.Contains("locked", page);
        Assert.Null(AuthCookie(locked));
    }

    [Fact]
    public async Task A_recovery_code_does_not_sign_in_while_the_account_is_locked()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.Pmo];
        var setup = await app.SendAs(trust, TrustRole.Pmo, new GetTwoFactorSetup());
        var recovery = await app.SendAs(trust, TrustRole.Pmo, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));

        var browser = app.NewBrowser();
        Assert.StartsWith("/account/login-2fa", (await browser.PostLoginAsync(user.Email, TestTrust.Password)).Headers.Location!.OriginalString);
        // Someone else then locks the account by guessing its password.
        for (var i = 0; i < 5; i++) await app.NewBrowser().PostLoginAsync(user.Email, "wrong password " + i);

        var csrf = await browser.AntiforgeryTokenAsync("/account/login-2fa");
        var answer = await browser.PostAsync("/account/login-2fa", Form(("code", recovery[0]), ("__RequestVerificationToken", csrf)));

        Assert.NotEqual("/", answer.Headers.Location!.OriginalString);
        Assert.Null(AuthCookie(answer));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_the_lockout()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.IsgChair];
        var setup = await app.SendAs(trust, TrustRole.IsgChair, new GetTwoFactorSetup());
        var recovery = await app.SendAs(trust, TrustRole.IsgChair, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));

        var browser = app.NewBrowser();
        await browser.PostLoginAsync(user.Email, TestTrust.Password);
        for (var i = 0; i < 5; i++)
        {
            var csrf = await browser.AntiforgeryTokenAsync("/account/login-2fa");
            await browser.PostAsync("/account/login-2fa", Form(("code", $"WRONG-{i}{Guid.NewGuid():N}"[..11]), ("__RequestVerificationToken", csrf)));
            if (i < 4) await browser.PostLoginAsync(user.Email, TestTrust.Password);
        }

        // Five wrong codes locked the account: now not even the right password and a valid recovery code get in.
        var again = app.NewBrowser();
        var afterPassword = await again.PostLoginAsync(user.Email, TestTrust.Password);
        if (afterPassword.Headers.Location!.OriginalString.StartsWith("/account/login-2fa", StringComparison.Ordinal))
        {
            var csrf = await again.AntiforgeryTokenAsync("/account/login-2fa");
            var answer = await again.PostAsync("/account/login-2fa", Form(("code", recovery[1]), ("__RequestVerificationToken", csrf)));
            Assert.NotEqual("/", answer.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaa1")]
    [InlineData("NHSTrust2026!")]
    public async Task A_common_or_patterned_password_is_refused_with_a_clear_message(string password)
    {
        var trust = await NewTrust();
        var email = $"weak.{Guid.NewGuid():N}@example.nhs.uk";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "Wendy Weak", TrustRole.Pmo));
        var link = await app.LatestLinkAsync(email, "/account/accept-invitation");

        var browser = app.NewBrowser();
        var csrf = await browser.AntiforgeryTokenAsync("/account/login");
        var answer = await browser.PostAsync("/account/accept-invitation", Form(("token", Outbox.Query(link, "token")),
            ("password", password), ("confirm", password), ("__RequestVerificationToken", csrf)));

        Assert.NotEqual("/", answer.Headers.Location!.OriginalString);
        Assert.Contains("easy to guess", WebUtility.UrlDecode(answer.Headers.Location!.OriginalString));
        Assert.Null(AuthCookie(answer));
    }
}

[Collection(OnSqlite.Name)]
public sealed class SignInHardeningOnSqlite(SqliteApp app) : SignInHardeningTests(app);
[Collection(OnPostgres.Name)]
public sealed class SignInHardeningOnPostgres(PostgresApp app) : SignInHardeningTests(app);
