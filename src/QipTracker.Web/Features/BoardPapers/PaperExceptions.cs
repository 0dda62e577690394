using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Trajectory;

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
/// Root causes off track or overdue as at the month end, worst first, with the escalation open then and the owner's
/// latest recovery plan written by then — each root cause as it stood at the month end (<see cref="PlanAsAt"/>): in the
/// plan by then, overdue against the baseline in force then, off track if its owner reported it so by then and had
/// not withdrawn the report, owned by whoever owned it then. So a later completion, rebaseline or report does not
/// rewrite a past month.
/// </summary>
internal static class PaperExceptions
{
    /// <param name="plan">The plan as it stood at the month end (<see cref="PlanAsAt"/>).</param>
    public static async Task<IReadOnlyList<PaperException>> ReadAsync(QipDbContext db, IReadOnlyList<RootCauseAsAt> plan, DateOnly asAt, CancellationToken ct)
    {
        var late = plan
            .Where(r => r.Item.IsOffTrackOrOverdueOn(asAt))
            .Select(r => (Row: r, Due: r.Item.BaselineAsAt(asAt), DaysOverdue: Math.Max(0, asAt.DayNumber - r.Item.BaselineAsAt(asAt).DayNumber)))
            .ToList();
        var ids = late.Select(x => x.Row.Item.RootCauseId).ToList();
        var ownerIds = late.Select(x => x.Row.OwnerId).Distinct().ToList();
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var cutoff = PaperMonth.EndOfDayUtc(asAt);
        // An item's escalation climbs; the paper shows the rung it stood at on the month end.
        var escalations = (await db.Escalations.AsNoTracking()
                .Where(e => e.ItemKind == EscalatedItemKind.RootCause && e.RaisedOn <= asAt && (e.ResolvedOn == null || e.ResolvedOn > asAt)
                            && ids.Contains(e.ItemId))
                .ToListAsync(ct))
            .Select(e => new { e.ItemId, Level = e.LevelOn(asAt) ?? e.Level, e.RecoveryPlan, e.RecoveryPlanAt })
            .ToLookup(e => e.ItemId);

        return late.Select(x =>
            {
                var item = x.Row.Item;
                var raised = escalations[item.RootCauseId].ToList();
                var plan = raised.Where(e => e.RecoveryPlan is not null && e.RecoveryPlanAt < cutoff)
                    .OrderByDescending(e => e.RecoveryPlanAt).Select(e => e.RecoveryPlan).FirstOrDefault();
                return new PaperException(item.IsgId, new ExceptionItem(item.Reference, x.Row.Description, owners.GetValueOrDefault(x.Row.OwnerId) ?? "",
                    x.Due, x.DaysOverdue, plan ?? ExceptionItem.NoRecoveryPlan, raised.Count == 0 ? null : raised.Max(e => e.Level), item.IsgName, item.Priority));
            })
            .OrderByDescending(e => e.Item.EscalationLevel).ThenByDescending(e => e.Item.DaysOverdue).ThenBy(e => e.Item.Reference, StringComparer.Ordinal)
            .ToList();
    }
}
