using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Once, when the PlanHistory migration arrives: gives every finding, root cause and action the day it entered the
/// plan, every root cause its first status record, and one without baseline history its original baseline. The day is the audit trail's record of its creation where
/// there is one, else the plan's start (the trust's first published inspection report, else the day the trust was
/// set up) — and never later than a day the record itself carries (a completion, an off-track report). The first
/// status record is the root cause as it is now, from that day: a past month then reads as it did before this
/// release (its own dates decide), and every change from now on is kept exactly.
/// </summary>
public static class PlanHistoryBackfill
{
    private const int Chunk = 500;

    public static async Task RunAsync(QipDbContext db, CancellationToken ct)
    {
        var created = (await db.AuditEntries.AsNoTracking()
                .Where(a => a.Operation == AuditOperation.Created
                            && (a.EntityType == nameof(RootCause) || a.EntityType == nameof(ImprovementAction) || a.EntityType == nameof(Finding)))
                .Select(a => new { a.EntityId, a.At }).ToListAsync(ct))
            .GroupBy(a => a.EntityId).ToDictionary(g => g.Key, g => UkDate.DayOf(g.Min(a => a.At)));
        var published = (await db.Inspections.AsNoTracking().Select(i => new { i.TrustId, i.PublishedOn }).ToListAsync(ct))
            .Where(i => i.PublishedOn is not null).GroupBy(i => i.TrustId).ToDictionary(g => g.Key, g => g.Min(i => i.PublishedOn!.Value));
        var planStart = (await db.Trusts.AsNoTracking().Select(t => new { t.Id, t.CreatedAt }).ToListAsync(ct))
            .ToDictionary(t => t.Id, t => published.TryGetValue(t.Id, out var p) ? p : UkDate.DayOf(t.CreatedAt));

        DateOnly Entered(ITenantOwned owned, Guid id, IInPlanSince record) =>
            PlanEntry.On(created.TryGetValue(id, out var day) ? day : planStart.GetValueOrDefault(owned.TrustId, DateOnly.FromDateTime(DateTime.UtcNow)), record);

        var rootCauses = await db.RootCauses.AsNoTracking().ToListAsync(ct);
        var entered = rootCauses.ToDictionary(r => r.Id, r => Entered(r, r.Id, r));
        await SetAsync(entered, (ids, day) => db.RootCauses.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.AddedToPlanOn, day), ct));
        await SetAsync((await db.Actions.AsNoTracking().ToListAsync(ct)).ToDictionary(a => a.Id, a => Entered(a, a.Id, a)),
            (ids, day) => db.Actions.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.AddedToPlanOn, day), ct));
        await SetAsync((await db.Findings.AsNoTracking().ToListAsync(ct)).ToDictionary(f => f.Id, f => Entered(f, f.Id, f)),
            (ids, day) => db.Findings.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.AddedToPlanOn, day), ct));

        var now = DateTimeOffset.UtcNow;
        var recorded = (await db.RootCauseHistory.Select(h => h.RootCauseId).Distinct().ToListAsync(ct)).ToHashSet();
        db.RootCauseHistory.AddRange(rootCauses.Where(r => !recorded.Contains(r.Id)).Select(r => RootCauseStatusRecord.Of(r, entered[r.Id], now)));
        // A root cause with no baseline history keeps its current baseline from the day it entered the plan.
        var baselined = (await db.BaselineHistory.Select(b => b.RootCauseId).Distinct().ToListAsync(ct)).ToHashSet();
        db.BaselineHistory.AddRange(rootCauses.Where(r => !baselined.Contains(r.Id))
            .Select(r => new BaselineRecord(r.TrustId, r.Id, r.BaselineDue, entered[r.Id], null, now)));
        await db.SaveChangesAsync(ct);
    }

    // Set-based, a date at a time, so that neither the audit trail nor the versions move: nothing was edited.
    private static async Task SetAsync(Dictionary<Guid, DateOnly> days, Func<Guid[], DateOnly, Task<int>> set)
    {
        foreach (var group in days.GroupBy(d => d.Value))
            foreach (var ids in group.Select(d => d.Key).Chunk(Chunk))
                await set(ids, group.Key);
    }
}
