using Microsoft.EntityFrameworkCore;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Applies the migrations, then the data work a migration needs that SQL cannot do (reading every KPI's SPC chart,
/// hashing values in old audit rows). Each step runs once, in the start-up that applies its migration, and never on
/// a later start: a start-up does no work that grows with the data unless a migration asks for it. Steps run after
/// all pending migrations, so they see the newest schema.
/// </summary>
public static class MigrationDataSteps
{
    private static readonly (string Migration, Func<QipDbContext, CancellationToken, Task> Run)[] Steps =
    [
        // The "KPI not improving" column starts false everywhere: read the charts once when it arrives.
        ("OneTruth", KpiSignalInterceptor.RefreshAllAsync),
        // Earlier versions recorded chart bytes, paper JSON and token hashes whole: keep their size and SHA-256 instead.
        ("AuditDigests", async (db, ct) => await AuditTrailCompaction.RunAsync(db, ct)),
        // Findings, root causes and actions learn the day they entered the plan; root causes start their status history.
        ("PlanHistory", PlanHistoryBackfill.RunAsync),
    ];

    /// <returns>The migrations whose data steps ran.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(QipDbContext db, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        // Write-ahead logging lets pages read while a write commits (the rollback journal blocks them); the file keeps it.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var ran = new List<string>();
        foreach (var (migration, run) in Steps.Where(s => pending.Any(p => p.EndsWith("_" + s.Migration, StringComparison.Ordinal))))
        {
            await run(db, ct);
            ran.Add(migration);
        }
        return ran;
    }
}
