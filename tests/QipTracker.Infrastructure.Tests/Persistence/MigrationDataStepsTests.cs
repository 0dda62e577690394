using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using QipTracker.Domain.Auditing;
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
        var migrations = db.Database.GetMigrations().ToList();
        Assert.EndsWith("_AuditDigests", migrations[^1]);
        await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        var png = string.Join(", ", new byte[] { 137, 80, 78, 71 });
        db.AuditEntries.Add(new AuditEntry(null, "SprintSummary", Guid.NewGuid(), AuditOperation.Modified, "BurndownPng", null, png, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        Assert.Equal(["AuditDigests"], await MigrationDataSteps.MigrateAsync(db));
        Assert.StartsWith("[4 bytes, SHA-256 ", (await db.AuditEntries.AsNoTracking().SingleAsync()).After);

        // A row written whole now (it cannot be by this release; planted here) shows that a normal start leaves the table alone.
        db.AuditEntries.Add(new AuditEntry(null, "SprintSummary", Guid.NewGuid(), AuditOperation.Modified, "TrajectoryPng", null, png, null, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        Assert.Empty(await MigrationDataSteps.MigrateAsync(db));
        Assert.Equal(png, (await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Field == "TrajectoryPng")).After);
    }
}
