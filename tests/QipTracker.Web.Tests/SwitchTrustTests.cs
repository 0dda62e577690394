using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>A person in two trusts works in one at a time and switches explicitly.</summary>
public abstract class SwitchTrustTests(QipAppFactory app)
{
    [Fact]
    public async Task A_member_of_two_trusts_sees_one_at_a_time_and_switches_explicitly()
    {
        var first = await TestTrust.CreateAsync(app.Services, $"First {Guid.NewGuid():N}"[..13]);
        var second = await TestTrust.CreateAsync(app.Services, $"Second {Guid.NewGuid():N}"[..14]);
        var person = first[TrustRole.Pmo];
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.Memberships.Add(new TrustMembership(second.TrustId, person.Id, TrustRole.BoardMember));
            return await db.SaveChangesAsync();
        });
        var browser = await app.SignedInAsync(person);

        Assert.Equal(first.TrustId, (await browser.GetFromJsonAsync<TrustRow>("/api/v1/trust"))!.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/root-causes/{second.RootCauseIds[0]}")).StatusCode);

        var csrf = await browser.AntiforgeryTokenAsync("/");
        var switched = await browser.PostAsync("/account/switch-trust", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trustId"] = second.TrustId.ToString(), ["__RequestVerificationToken"] = csrf,
        }));
        Assert.Equal("/", switched.Headers.Location!.OriginalString);

        Assert.Equal(second.TrustId, (await browser.GetFromJsonAsync<TrustRow>("/api/v1/trust"))!.Id);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/v1/root-causes/{second.RootCauseIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/root-causes/{first.RootCauseIds[0]}")).StatusCode);
        var home = await browser.GetStringAsync("/");
        var trustAndRole = home[home.IndexOf("trust-and-role", StringComparison.Ordinal)..];
        trustAndRole = trustAndRole[..trustAndRole.IndexOf("</p>", StringComparison.Ordinal)];
        Assert.Contains("Board member", trustAndRole);
        Assert.DoesNotContain("PMO", trustAndRole);
    }

    [Fact]
    public async Task Nobody_switches_into_a_trust_they_are_not_a_member_of()
    {
        var mine = await TestTrust.CreateAsync(app.Services, $"Mine {Guid.NewGuid():N}"[..12]);
        var theirs = await TestTrust.CreateAsync(app.Services, $"Theirs {Guid.NewGuid():N}"[..14]);
        var browser = await app.SignedInAsync(mine[TrustRole.TrustAdmin]);
        var csrf = await browser.AntiforgeryTokenAsync("/");

        var refused = await browser.PostAsync("/account/switch-trust", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trustId"] = theirs.TrustId.ToString(), ["__RequestVerificationToken"] = csrf,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(mine.TrustId, (await browser.GetFromJsonAsync<TrustRow>("/api/v1/trust"))!.Id);
    }

    private sealed record TrustRow(Guid Id, string Name);
}

[Collection(OnSqlite.Name)]
public sealed class SwitchTrustOnSqlite(SqliteApp app) : SwitchTrustTests(app);
[Collection(OnPostgres.Name)]
public sealed class SwitchTrustOnPostgres(PostgresApp app) : SwitchTrustTests(app);
