using System.Linq.Expressions;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// What the ladder escalates, as expressions every query uses (the daily job, and the escalations page's
/// "overdue but not yet escalated"), so the page's count and the job cannot disagree: a live root cause not yet
/// delivered that is past its baseline due date, or reported off track since before today; an open action past
/// its due date.
/// </summary>
public static class EscalationCandidates
{
    public static Expression<Func<RootCause, bool>> RootCauses(DateOnly today) =>
        r => r.WithdrawnOn == null && r.Status < RootCauseStatus.Completed
             && (r.BaselineDue < today || (r.ReportedOffTrack && r.OffTrackSince < today));

    public static Expression<Func<ImprovementAction, bool>> Actions(DateOnly today) =>
        a => (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueOn < today;
}
