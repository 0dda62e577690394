using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Rewrites audit rows that an earlier version wrote with whole values (chart PNGs as comma-joined bytes,
/// paper JSON, token hashes) into <see cref="AuditValue"/>'s size-and-digest form. Runs once, in the start-up
/// that applies the AuditDigests migration (<see cref="MigrationDataSteps"/>); rows already compacted are not
/// selected again, so running it twice changes nothing.
/// </summary>
public static class AuditTrailCompaction
{
    private const int Batch = 200;

    public static async Task<int> RunAsync(QipDbContext db, CancellationToken ct = default)
    {
        var compacted = 0;
        var after = 0L;
        while (true)
        {
            var rows = await Candidates(db).Where(a => a.Id > after).OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0) break;
            foreach (var row in rows)
            {
                var (before, now) = row.Operation == AuditOperation.Modified
                    ? (AuditValue.Compact(row.Field, row.Before), AuditValue.Compact(row.Field, row.After))
                    : (AuditValue.CompactSnapshot(row.Before), AuditValue.CompactSnapshot(row.After));
                if (before == row.Before && now == row.After) continue;
                row.Compact(before, now);
                compacted++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = rows[^1].Id;
        }
        return compacted;
    }

    // Set-based: only rows holding a whole value that the digest form would replace. A snapshot is a JSON
    // object, so a field kept whole reads "…Png":"137, …" where a compacted one reads "…Png":"[…".
    private static IQueryable<AuditEntry> Candidates(QipDbContext db) =>
        db.AuditEntries.IgnoreQueryFilters().Where(a =>
            (a.Operation == AuditOperation.Modified
             && (a.Field.EndsWith("Png") || a.Field.EndsWith("Json") || a.Field.EndsWith("Hash"))
             && ((a.Before != null && !a.Before.StartsWith("[")) || (a.After != null && !a.After.StartsWith("["))))
            || (a.Operation == AuditOperation.Modified
                && ((a.Before != null && a.Before.Length > AuditValue.MaxRecordedLength) || (a.After != null && a.After.Length > AuditValue.MaxRecordedLength)))
            || (a.Operation != AuditOperation.Modified && (
                (EF.Functions.Like(a.After ?? "", "%Png\":\"%") && !EF.Functions.Like(a.After ?? "", "%Png\":\"[%"))
                || (EF.Functions.Like(a.After ?? "", "%Json\":\"%") && !EF.Functions.Like(a.After ?? "", "%Json\":\"[%"))
                || (EF.Functions.Like(a.After ?? "", "%Hash\":\"%") && !EF.Functions.Like(a.After ?? "", "%Hash\":\"[%"))
                || (EF.Functions.Like(a.Before ?? "", "%Png\":\"%") && !EF.Functions.Like(a.Before ?? "", "%Png\":\"[%"))
                || (EF.Functions.Like(a.Before ?? "", "%Json\":\"%") && !EF.Functions.Like(a.Before ?? "", "%Json\":\"[%"))
                || (EF.Functions.Like(a.Before ?? "", "%Hash\":\"%") && !EF.Functions.Like(a.Before ?? "", "%Hash\":\"[%")))));
}
