using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Tests.Demo;

[Collection(DemoDatabaseCollection.Name)]
public sealed class DemoSeedEdgeTests
{
    [Fact]
    public async Task A_configured_password_that_breaks_the_policy_stops_the_seed_and_leaves_nothing_behind()
    {
        await using var database = await DemoDatabase.CreateAsync(configuredPassword: "short");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(database.SeedAsync);

        Assert.Contains("owner@northbridge.example", error.Message);
        await using var scope = database.Scope(out var db);
        Assert.False(await db.Users.AnyAsync());
        Assert.False(await db.Trusts.AnyAsync());
    }

    [Fact]
    public async Task Seeded_on_another_day_the_plan_is_dated_around_that_day()
    {
        var later = DemoDatabase.DefaultNow.AddDays(137);
        await using var database = await DemoDatabase.CreateAsync(later);
        await database.SeedAsync();
        var today = database.Today;

        await using var scope = database.Scope(out var db);
        var inspection = await db.Inspections.OrderByDescending(i => i.StartedOn).FirstAsync();
        Assert.InRange(inspection.StartedOn, today.AddMonths(-9).AddDays(-3), today.AddMonths(-9));
        var rootCauses = await db.RootCauses.ToListAsync();
        Assert.InRange(rootCauses.Min(r => r.BaselineDue), today.AddDays(-160), today.AddDays(-120));
        Assert.All(rootCauses.Where(r => r.CompletedOn is not null), r => Assert.True(r.CompletedOn < today));
        Assert.InRange(100.0 * rootCauses.Count(r => r.IsOverdue(today)) / rootCauses.Count, 8, 18);
        Assert.Contains(rootCauses, r => r.Status == RootCauseStatus.Embedded);
    }
}
