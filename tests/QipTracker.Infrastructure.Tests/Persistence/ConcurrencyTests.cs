using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>Two editors of the same record: the second gets a conflict instead of overwriting the first.</summary>
public sealed class ConcurrencyTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task Each_save_raises_the_version_by_one(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var versions = new List<long>();

        foreach (var due in new[] { new DateOnly(2026, 7, 31), new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 30) })
        {
            await using (var db = database.ContextAsPmoOf(trust))
            {
                var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
                rootCause.Rebaseline(due);
                await db.SaveChangesAsync();
                Assert.Equal(versions.Count + 1, rootCause.Version); // the tracked entity carries the new version too
            }
            await using var reader = database.ContextAsPmoOf(trust);
            versions.Add((await reader.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId)).Version);
        }

        Assert.Equal([1, 2, 3], versions);
    }

    [Theory, BothProviders]
    public async Task A_stale_edit_is_refused_and_the_first_edit_stands(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using var first = database.ContextAsPmoOf(trust);
        await using var second = database.ContextAsPmoOf(trust);
        var mine = await first.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
        var theirs = await second.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);

        mine.Rebaseline(new DateOnly(2026, 8, 31));
        await first.SaveChangesAsync();
        theirs.Redescribe("Someone else's rewording, based on what they loaded before the first save.");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.ContextAsPmoOf(trust);
        var stored = await check.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
        Assert.Equal(new DateOnly(2026, 8, 31), stored.BaselineDue);
        Assert.Equal("No hourly fresh-eyes CTG review on the labour ward.", stored.Description);
        Assert.Equal(1, stored.Version);
        // The refused save rolled back with its audit entries: the trail shows only what happened.
        Assert.False(await check.AuditEntries.AnyAsync(a => a.EntityId == trust.RootCauseId && a.Field == nameof(RootCause.Description)));
    }

    [Theory, BothProviders]
    public async Task An_edit_presenting_an_outdated_version_is_refused(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            (await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId)).Rebaseline(new DateOnly(2026, 8, 31));
            await db.SaveChangesAsync(); // now at version 1
        }

        // As a handler does with the version the page loaded (0): the database holds 1.
        await using var stale = database.ContextAsPmoOf(trust);
        var rootCause = await stale.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
        stale.Entry(rootCause).Property(r => r.Version).OriginalValue = 0L;
        rootCause.Start();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    [Theory, BothProviders]
    public async Task Findings_actions_and_isgs_also_refuse_stale_edits(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);

        await AssertStaleEditRefused(database, trust, db => db.Findings.SingleAsync(f => f.Id == trust.FindingId), f => f.Reclassify(FindingKind.ShouldDo));
        await AssertStaleEditRefused(database, trust, db => db.Actions.SingleAsync(a => a.Id == trust.ActionId), a => a.Reschedule(new DateOnly(2026, 5, 1)));
        await AssertStaleEditRefused(database, trust, db => db.Isgs.SingleAsync(i => i.Id == trust.IsgId), i => i.ChangeCadence(ReportingCadence.Monthly));
    }

    private static async Task AssertStaleEditRefused<T>(TestDatabase database, SeededTrust trust, Func<QipDbContext, Task<T>> load, Action<T> edit)
        where T : class
    {
        await using var first = database.ContextAsPmoOf(trust);
        await using var second = database.ContextAsPmoOf(trust);
        var a = await load(first);
        var b = await load(second);
        edit(a);
        await first.SaveChangesAsync();
        edit(b);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
