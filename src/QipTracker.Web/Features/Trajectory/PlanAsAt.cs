using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Trajectory;

/// <summary>A root cause as it stood at the end of a day (its <see cref="TrajectoryItem"/>), with what a report prints of it.</summary>
public sealed record RootCauseAsAt(TrajectoryItem Item, string Description, Guid OwnerId);

/// <summary>
/// The plan's root causes as they stood at the end of a day, for every figure "as at" a date — the trajectory, and
/// the board paper's exceptions and Well-led plan — so a paper made today for a past month says what it said then:
/// only root causes already in the plan by then (<see cref="IInPlanSince"/>), each as its status record in force
/// then (<see cref="RootCauseStatusRecord.InForceOn"/>: status, completion, off-track report, withdrawal, reopenings,
/// ISG, owner, priority), with the baseline history. For today or later, the root causes as they are now, which is
/// what the latest records say. Three set-based reads.
/// </summary>
public static class PlanAsAt
{
    /// <param name="isgId">
    /// Only the root causes of this ISG as it stood then. The read is narrowed in SQL to those in it now or recorded in
    /// it at some time (a root cause may have moved), and the ISG they stood in on the day decides.
    /// </param>
    public static async Task<IReadOnlyList<RootCauseAsAt>> RootCausesAsync(QipDbContext db, DateOnly asOf, DateOnly today,
        Guid? isgId, CancellationToken ct)
    {
        var inPlan = db.RootCauses.Where(r => r.AddedToPlanOn <= asOf);
        if (isgId is { } isg)
            inPlan = asOf >= today
                ? inPlan.Where(r => r.IsgId == isg)
                : inPlan.Where(r => r.IsgId == isg || db.RootCauseHistory.Any(h => h.RootCauseId == r.Id && h.IsgId == isg));
        var rows = await inPlan
            .Select(r => new
            {
                r.Id, r.Reference, r.Description, r.AddedToPlanOn, r.IsgId, r.OwnerId, r.Priority, r.BaselineDue, r.ForecastDue, r.Status,
                r.CompletedOn, r.ReportedOffTrack, r.OffTrackSince, r.WithdrawnOn, r.ReopenCount,
            })
            .ToListAsync(ct);
        var isgs = await db.Isgs.Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var baselines = (await db.BaselineHistory
                .Where(b => inPlan.Any(r => r.Id == b.RootCauseId))
                .Select(b => new { b.RootCauseId, b.BaselineDue, b.EffectiveFrom, b.RecordedAt })
                .ToListAsync(ct))
            .ToLookup(b => b.RootCauseId, b => new BaselineEntry(b.BaselineDue, b.EffectiveFrom, b.RecordedAt));
        var history = asOf >= today
            ? Enumerable.Empty<RootCauseStatusRecord>().ToLookup(h => h.RootCauseId)
            : (await db.RootCauseHistory.AsNoTracking().Where(h => inPlan.Any(r => r.Id == h.RootCauseId)).ToListAsync(ct)).ToLookup(h => h.RootCauseId);

        return rows.Select(r =>
        {
            // A root cause whose original plan predates history keeping counts by its current baseline.
            var due = baselines[r.Id].DefaultIfEmpty(new BaselineEntry(r.BaselineDue, DateOnly.MinValue)).ToList();
            var then = RootCauseStatusRecord.InForceOn(history[r.Id], asOf);
            var item = then is null
                ? new TrajectoryItem(r.Id, r.Reference, r.IsgId, isgs.GetValueOrDefault(r.IsgId, ""), r.Priority, due, r.ForecastDue, r.Status,
                    r.CompletedOn, r.WithdrawnOn, r.ReopenCount, r.AddedToPlanOn, r.ReportedOffTrack ? r.OffTrackSince : null)
                : TrajectoryItem.From(r.Id, r.Reference, isgs.GetValueOrDefault(then.IsgId, ""), r.AddedToPlanOn, then, due);
            return new RootCauseAsAt(item, r.Description, then?.OwnerId ?? r.OwnerId);
        }).Where(r => isgId is null || r.Item.IsgId == isgId).ToList();
    }
}
