using System.Net;
using System.Net.Http.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>Nobody sees another trust's data: checked through HTTP, the way an attacker would try.</summary>
public abstract class TenantIsolationTests(QipAppFactory app)
{
    [Fact]
    public async Task A_user_of_one_trust_cannot_read_a_single_row_of_another_trust()
    {
        var mine = await TestTrust.CreateAsync(app.Services, $"Mine {Guid.NewGuid():N}"[..12]);
        var theirs = await TestTrust.CreateAsync(app.Services, $"Theirs {Guid.NewGuid():N}"[..14]);

        foreach (var role in Enum.GetValues<TrustRole>())
        {
            var browser = await app.SignedInAsync(mine[role]);
            foreach (var id in theirs.RootCauseIds)
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/root-causes/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/findings/{theirs.FindingId}")).StatusCode);

            // Their own rows are there: the 404s above are isolation, not a broken endpoint.
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/v1/root-causes/{mine.RootCauseIds[0]}")).StatusCode);
            var isgs = await browser.GetFromJsonAsync<List<IsgRow>>("/api/v1/isgs");
            Assert.Equal([mine.IsgId], isgs!.Select(i => i.Id));
            var trust = await browser.GetFromJsonAsync<TrustRow>("/api/v1/trust");
            Assert.Equal(mine.TrustId, trust!.Id);
        }
    }

    [Fact]
    public async Task The_api_answers_401_without_sign_in()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Anon {Guid.NewGuid():N}"[..12]);
        var response = await app.NewBrowser().GetAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record IsgRow(Guid Id, string Name);
    private sealed record TrustRow(Guid Id, string Name);
}

[Collection(OnSqlite.Name)]
public sealed class TenantIsolationOnSqlite(SqliteApp app) : TenantIsolationTests(app);
[Collection(OnPostgres.Name)]
public sealed class TenantIsolationOnPostgres(PostgresApp app) : TenantIsolationTests(app);
