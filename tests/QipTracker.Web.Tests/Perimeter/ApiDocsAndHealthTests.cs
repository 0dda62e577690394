using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>The API's reference is for signed-in people and token holders; /health tells a load balancer only whether the app is up.</summary>
public abstract class ApiDocsAndHealthTests(QipAppFactory app)
{
    [Fact]
    public async Task The_api_reference_needs_a_sign_in_or_a_token()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Dc {Guid.NewGuid():N}"[..10]);
        var anonymous = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        var reference = await anonymous.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.Redirect, reference.StatusCode);
        Assert.StartsWith("/account/login", reference.Headers.Location!.PathAndQuery);

        var signedIn = await app.SignedInAsync(trust[TrustRole.BoardMember]);
        Assert.Contains("/api/v1/trust", await signedIn.GetStringAsync("/openapi/v1.json"));
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/scalar/")).StatusCode);

        var token = await app.SendAs(trust, TrustRole.BoardMember, new CreateApiToken("docs", TrustRole.BoardMember));
        var script = app.NewBrowser();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        Assert.Contains("/api/v1/trust", await script.GetStringAsync("/openapi/v1.json"));
    }

    [Fact]
    public async Task Health_shows_its_checks_to_the_system_administrator_only()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Hl {Guid.NewGuid():N}"[..10]);
        foreach (var client in new[] { app.NewBrowser(), await app.SignedInAsync(trust[TrustRole.TrustAdmin]) })
        {
            var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var minimal = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var property = Assert.Single(minimal.RootElement.EnumerateObject());
            Assert.Equal("status", property.Name);
            Assert.Contains(property.Value.GetString(), new[] { "Healthy", "Degraded" });
        }

        var sysadmin = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));
        using var detailed = JsonDocument.Parse(await sysadmin.GetStringAsync("/health"));
        var checks = detailed.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.True(checks.TryGetProperty("jobs", out _));
    }
}

[Collection(OnSqlite.Name)]
public sealed class ApiDocsAndHealthOnSqlite(SqliteApp app) : ApiDocsAndHealthTests(app);
[Collection(OnPostgres.Name)]
public sealed class ApiDocsAndHealthOnPostgres(PostgresApp app) : ApiDocsAndHealthTests(app);
