using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

public abstract class ApiTokenTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Tok {Guid.NewGuid():N}"[..11]);

    private HttpClient WithToken(string secret)
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [Fact]
    public async Task A_token_signs_in_as_its_owner_in_its_trust_and_is_shown_only_once()
    {
        var trust = await NewTrust();
        var other = await NewTrust();
        var created = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("BI feed", TrustRole.Pmo));

        var client = WithToken(created.Secret);
        var me = await client.GetFromJsonAsync<TrustRow>("/api/v1/trust");
        Assert.Equal(trust.TrustId, me!.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/root-causes/{other.RootCauseIds[0]}")).StatusCode);

        var listed = await app.SendAs(trust, TrustRole.Pmo, new ListMyApiTokens());
        Assert.Equal(created.Secret[..10], Assert.Single(listed).Prefix);
        Assert.DoesNotContain(created.Secret, System.Text.Json.JsonSerializer.Serialize(listed));
    }

    [Fact]
    public async Task A_token_carries_only_the_role_it_was_made_for()
    {
        var trust = await NewTrust();
        await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.BoardMember, new CreateApiToken("sneaky", TrustRole.Pmo)));

        var board = await app.SendAs(trust, TrustRole.BoardMember, new CreateApiToken("reader", TrustRole.BoardMember));
        var response = await WithToken(board.Secret).PostAsJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/assure", new { version = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Revoked_expired_and_made_up_tokens_are_refused()
    {
        var trust = await NewTrust();
        var revoked = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("old", TrustRole.Pmo));
        await app.SendAs(trust, TrustRole.Pmo, new RevokeApiToken(revoked.Token.Id));
        var shortLived = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("short", TrustRole.Pmo, ExpiresInDays: 1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(revoked.Secret).GetAsync("/api/v1/trust")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken("qip_" + new string('0', 64)).GetAsync("/api/v1/trust")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(shortLived.Secret).GetAsync("/api/v1/trust")).StatusCode);
        // The shared app's clock only moves forward; every test works relative to it.
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(shortLived.Secret).GetAsync("/api/v1/trust")).StatusCode);
    }

    private sealed record TrustRow(Guid Id, string Name);
}

[Collection(OnSqlite.Name)]
public sealed class ApiTokenOnSqlite(SqliteApp app) : ApiTokenTests(app);
[Collection(OnPostgres.Name)]
public sealed class ApiTokenOnPostgres(PostgresApp app) : ApiTokenTests(app);
