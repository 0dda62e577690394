using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>A migration's data step runs in the start-up that applies it, and a later start-up does no data work at all.</summary>
public sealed class MigrationDataStepsTests
{
    [Theory, BothProviders]
    public async Task The_audit_compaction_runs_once_with_its_migration_and_never_on_a_later_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());
        // Back to the release before AuditDigests, holding a row as that release wrote it.
        await db.GetService<IMigrator>().MigrateAsync(MigrationBefore(db, "AuditDigests"));
        var png = string.Join(", ", new byte[] { 137, 80, 78, 71 });
        db.AuditEntries.Add(new AuditEntry(null, "SprintSummary", Guid.NewGuid(), AuditOperation.Modified, "BurndownPng", null, png, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        Assert.Equal(["AuditDigests", "PlanHistory"], await MigrationDataSteps.MigrateAsync(db));
        Assert.StartsWith("[4 bytes, SHA-256 ", (await db.AuditEntries.AsNoTracking().SingleAsync()).After);

        // A row written whole now (it cannot be by this release; planted here) shows that a normal start leaves the table alone.
        db.AuditEntries.Add(new AuditEntry(null, "SprintSummary", Guid.NewGuid(), AuditOperation.Modified, "TrajectoryPng", null, png, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        Assert.Empty(await MigrationDataSteps.MigrateAsync(db));
        Assert.Equal(png, (await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Field == "TrajectoryPng")).After);
    }

    [Theory, BothProviders]
    public async Task Plan_history_arrives_for_a_plan_already_running_entry_days_from_the_audit_trail_else_the_plan_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());
        var created = UkDate.DayOf((await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == trust.RootCauseId && a.Operation == AuditOperation.Created).ToListAsync()).Min(a => a.At));
        // The action's creation is not in the audit trail (a release before auditing kept none): it dates from the plan's start.
        await db.AuditEntries.Where(a => a.EntityId == trust.ActionId).ExecuteDeleteAsync();

        // Back to the release before PlanHistory, with the plan as that release held it, and forward again.
        await db.GetService<IMigrator>().MigrateAsync(MigrationBefore(db, "PlanHistory"));
        Assert.Contains("PlanHistory", await MigrationDataSteps.MigrateAsync(db));

        var rootCause = await db.RootCauses.AsNoTracking().SingleAsync(r => r.Id == trust.RootCauseId);
        Assert.Equal(created, rootCause.AddedToPlanOn);
        Assert.Equal(created, (await db.Findings.AsNoTracking().SingleAsync(f => f.Id == trust.FindingId)).AddedToPlanOn);
        var published = (await db.Inspections.AsNoTracking().SingleAsync(i => i.Id == trust.InspectionId)).PublishedOn;
        Assert.Equal(published, (await db.Actions.AsNoTracking().SingleAsync(a => a.Id == trust.ActionId)).AddedToPlanOn);
        var record = Assert.Single(await db.RootCauseHistory.AsNoTracking().Where(h => h.RootCauseId == trust.RootCauseId).ToListAsync());
        Assert.Equal((created, rootCause.Status, rootCause.OwnerId, rootCause.IsgId), (record.EffectiveOn, record.Status, record.OwnerId, record.IsgId));
        var baseline = Assert.Single(await db.BaselineHistory.AsNoTracking().Where(b => b.RootCauseId == trust.RootCauseId).ToListAsync());
        Assert.Equal(rootCause.BaselineDue, baseline.BaselineDue);
    }

    private static string MigrationBefore(QipDbContext db, string name)
    {
        var migrations = db.Database.GetMigrations().ToList();
        return migrations[migrations.FindIndex(m => m.EndsWith("_" + name, StringComparison.Ordinal)) - 1];
    }
}
