using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>An API token is for /api/v1 and nothing else: not pages, not the job dashboard, not making more tokens.</summary>
public abstract class ApiTokenReachTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Tr {Guid.NewGuid():N}"[..10]);

    private HttpClient WithToken(string secret)
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [Fact]
    public async Task A_token_signs_nobody_in_outside_the_api()
    {
        var trust = await NewTrust();
        var token = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("feed", TrustRole.Pmo));
        var client = WithToken(token.Secret);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/trust")).StatusCode);
        foreach (var page in new[] { "/", "/register", "/account/security" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task A_token_cannot_make_list_or_revoke_tokens_and_is_told_why()
    {
        var trust = await NewTrust();
        var parent = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("parent", TrustRole.Pmo));
        var client = WithToken(parent.Secret);

        var minted = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "child", role = "Pmo", expiresInDays = 366 });
        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
        Assert.Contains("signed in", (await minted.Content.ReadFromJsonAsync<Problem>())!.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/tokens/{parent.Token.Id}")).StatusCode);

        // No child was made that could outlive the parent's revocation.
        Assert.Single(await app.SendAs(trust, TrustRole.Pmo, new ListMyApiTokens()));
        await app.SendAs(trust, TrustRole.Pmo, new RevokeApiToken(parent.Token.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/trust")).StatusCode);
    }

    [Fact]
    public async Task A_browser_session_makes_and_revokes_a_token_and_revoking_ends_it_at_once()
    {
        var trust = await NewTrust();
        var browser = await app.SignedInAsync(trust[TrustRole.BoardMember]);
        var made = await browser.PostAsJsonAsync("/api/v1/tokens", new { name = "reader", role = "BoardMember", expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var created = (await made.Content.ReadFromJsonAsync<CreatedApiToken>(Json.Options))!;
        var client = WithToken(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/trust")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await browser.DeleteAsync($"/api/v1/tokens/{created.Token.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/trust")).StatusCode);
    }

    private sealed record Problem(string? Title, string? Detail);
}

[Collection(OnSqlite.Name)]
public sealed class ApiTokenReachOnSqlite(SqliteApp app) : ApiTokenReachTests(app);
[Collection(OnPostgres.Name)]
public sealed class ApiTokenReachOnPostgres(PostgresApp app) : ApiTokenReachTests(app);
