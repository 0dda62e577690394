using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Escalations;

/// <summary>An overdue action with the root cause it shows under.</summary>
public sealed record ActionCandidate(ImprovementAction Action, string RootCauseReference, Guid IsgId);

/// <summary>
/// What the daily escalation climbs the ladder for, by the Domain's rules: root causes off track or overdue
/// (<see cref="RootCauseRules.OffTrackOrOverdue"/>; the ladder counts from the due date, or from the day it
/// went off track if earlier) and overdue actions (<see cref="ActionRules.Overdue"/>) of live root causes.
/// The daily job reads them; the escalations page counts those not yet escalated from the same queries.
/// </summary>
public static class EscalationCandidates
{
    public static IQueryable<RootCause> RootCauses(QipDbContext db, DateOnly today) =>
        db.RootCauses.Where(RootCauseRules.OffTrackOrOverdue(today));

    public static IQueryable<ImprovementAction> Actions(QipDbContext db, DateOnly today)
    {
        var live = db.RootCauses.Where(RootCauseRules.Live);
        return db.Actions.Where(ActionRules.Overdue(today)).Where(a => live.Any(r => r.Id == a.RootCauseId));
    }

    public static async Task<(List<RootCause> RootCauses, List<ActionCandidate> Actions)> ReadAsync(QipDbContext db, DateOnly today, CancellationToken ct)
    {
        var rootCauses = await RootCauses(db, today).ToListAsync(ct);
        var actions = await Actions(db, today)
            .Join(db.RootCauses, a => a.RootCauseId, r => r.Id, (a, r) => new ActionCandidate(a, r.Reference, r.IsgId))
            .ToListAsync(ct);
        return (rootCauses, actions);
    }
}
