using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>An exception and the ISG it belongs to (for the ISG's drafted commentary).</summary>
internal sealed record PaperException(Guid IsgId, ExceptionItem Item);

/// <summary>Exceptions counted per ISG, for the paper's summary table.</summary>
internal static class PaperExceptionCounts
{
    public static ValueList<ExceptionSummary> ByIsg(IReadOnlyList<PaperIsg> isgs, IReadOnlyList<PaperException> exceptions) =>
        new(isgs.Select(isg =>
        {
            var mine = exceptions.Where(e => e.IsgId == isg.Id).Select(e => e.Item).ToList();
            return new ExceptionSummary(isg.Name, mine.Count, mine.Count(e => e.DaysOverdue > 0), mine.Select(e => e.DaysOverdue).DefaultIfEmpty(0).Max(),
                mine.Count(e => e.HasRecoveryPlan), mine.Count(e => e.EscalationLevel == EscalationLevel.Ecib));
        }));
}

/// <summary>
/// Root causes off track or overdue as at the month end, worst first, with the escalation open then and
/// the owner's latest recovery plan written by then. Overdue is judged against the baseline in force at
/// the month end (the trajectory's rule), so a later rebaseline does not rewrite a past month.
/// Off track is the owner's current report, if it began by the month end: earlier reports are not kept.
/// </summary>
internal static class PaperExceptions
{
    public static async Task<IReadOnlyList<PaperException>> ReadAsync(QipDbContext db, DateOnly asAt, CancellationToken ct)
    {
        // Open at the month end: in the plan then and not delivered by then.
        var open = db.RootCauses.Where(RootCauseRules.OpenAsAt(asAt));
        var rows = await open
            .Select(r => new
            {
                r.Id, r.Reference, r.Description, r.IsgId, r.Priority, r.BaselineDue, r.ForecastDue, r.ReportedOffTrack, r.OffTrackSince,
                Isg = db.Isgs.Where(i => i.Id == r.IsgId).Select(i => i.Name).FirstOrDefault() ?? "",
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            })
            .ToListAsync(ct);
        var history = (await db.BaselineHistory.Where(b => open.Any(r => r.Id == b.RootCauseId))
                .Select(b => new { b.RootCauseId, b.BaselineDue, b.EffectiveFrom, b.RecordedAt }).ToListAsync(ct))
            .ToLookup(b => b.RootCauseId, b => new BaselineEntry(b.BaselineDue, b.EffectiveFrom, b.RecordedAt));

        var late = rows.Select(r =>
            {
                // The Domain's rule for the baseline in force on a date; the status only matters to it for completion.
                var due = new TrajectoryItem(r.Id, r.Reference, r.IsgId, "", r.Priority,
                    history[r.Id].DefaultIfEmpty(new BaselineEntry(r.BaselineDue, DateOnly.MinValue)), r.ForecastDue, RootCauseStatus.InProgress)
                    .BaselineAsAt(asAt);
                return (Row: r, Due: due, DaysOverdue: Math.Max(0, asAt.DayNumber - due.DayNumber), OffTrack: r.ReportedOffTrack && r.OffTrackSince <= asAt);
            })
            .Where(x => x.DaysOverdue > 0 || x.OffTrack)
            .ToList();

        var cutoff = PaperMonth.EndOfDayUtc(asAt);
        // An item's escalation climbs; the paper shows the rung it stood at on the month end.
        var escalations = (await db.Escalations.AsNoTracking()
                .Where(e => e.ItemKind == EscalatedItemKind.RootCause && e.RaisedOn <= asAt && (e.ResolvedOn == null || e.ResolvedOn > asAt)
                            && open.Any(r => r.Id == e.ItemId))
                .ToListAsync(ct))
            .Select(e => new { e.ItemId, Level = e.LevelOn(asAt) ?? e.Level, e.RecoveryPlan, e.RecoveryPlanAt })
            .ToLookup(e => e.ItemId);

        return late.Select(x =>
            {
                var raised = escalations[x.Row.Id].ToList();
                var plan = raised.Where(e => e.RecoveryPlan is not null && e.RecoveryPlanAt < cutoff)
                    .OrderByDescending(e => e.RecoveryPlanAt).Select(e => e.RecoveryPlan).FirstOrDefault();
                return new PaperException(x.Row.IsgId, new ExceptionItem(x.Row.Reference, x.Row.Description, x.Row.Owner, x.Due, x.DaysOverdue,
                    plan ?? ExceptionItem.NoRecoveryPlan, raised.Count == 0 ? null : raised.Max(e => e.Level), x.Row.Isg, x.Row.Priority));
            })
            .OrderByDescending(e => e.Item.EscalationLevel).ThenByDescending(e => e.Item.DaysOverdue).ThenBy(e => e.Item.Reference, StringComparer.Ordinal)
            .ToList();
    }
}
