using System.Net;
using System.Net.Http.Headers;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>
/// The Hangfire dashboard runs and deletes jobs for every trust, so it is the system administrator's alone,
/// signed in with the cookie: a trust admin (by cookie or by API token) and anonymous callers get nothing.
/// </summary>
public abstract class HangfireDashboardTests(QipAppFactory app)
{
    private static readonly string[] DashboardPages = ["/hangfire", "/hangfire/recurring", "/hangfire/jobs/succeeded", "/hangfire/servers"];

    [Fact]
    public async Task Only_the_system_administrator_signed_in_with_the_cookie_opens_the_dashboard()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Hf {Guid.NewGuid():N}"[..10]);
        var sysadmin = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));
        var dashboard = await sysadmin.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("ecib-pack", await dashboard.Content.ReadAsStringAsync());

        var token = await app.SendAs(trust, TrustRole.TrustAdmin, new CreateApiToken("dashboard", TrustRole.TrustAdmin));
        var withToken = app.NewBrowser();
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var callers = new Dictionary<string, HttpClient>
        {
            ["a trust admin by cookie"] = await app.SignedInAsync(trust[TrustRole.TrustAdmin]),
            ["a trust admin's API token"] = withToken,
            ["anonymous"] = app.NewBrowser(),
        };
        foreach (var (who, client) in callers)
            foreach (var page in DashboardPages)
            {
                var response = await client.GetAsync(page);
                Assert.False(response.IsSuccessStatusCode, $"{who} opened {page}: {(int)response.StatusCode}");
                Assert.DoesNotContain("ecib-pack", await response.Content.ReadAsStringAsync());
            }
    }
}

[Collection(OnSqlite.Name)]
public sealed class HangfireDashboardOnSqlite(SqliteApp app) : HangfireDashboardTests(app);
[Collection(OnPostgres.Name)]
public sealed class HangfireDashboardOnPostgres(PostgresApp app) : HangfireDashboardTests(app);
