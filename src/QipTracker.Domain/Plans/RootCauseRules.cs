using System.Linq.Expressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>
/// The words every screen, job and paper counts root causes by, each defined once, here. Queries pass these
/// expressions to the database; <see cref="RootCause"/>'s own properties (<see cref="RootCause.IsOpen"/>,
/// <see cref="RootCause.IsOverdue"/> …) run the same expressions compiled, so a count in SQL and a check in
/// memory cannot disagree.
/// <list type="bullet">
/// <item><b>Live</b>: still in the plan. A withdrawn root cause is in no figure at all (not open, not delivered,
/// not overdue): a withdrawal is an approved change to the plan.</item>
/// <item><b>Open</b>: live and not delivered yet (Not started or In progress).</item>
/// <item><b>Delivered</b>: live and finished by its owner with evidence: Completed, Assured or Embedded. This is
/// what the trajectory counts as completed. It is always shown split in two:
///   <b>completed (awaiting assurance)</b> — Completed, the ISG chair has not yet accepted the evidence (RAG Green); and
///   <b>assured</b> — Assured or Embedded, the chair has accepted it (RAG Blue).</item>
/// <item><b>Overdue</b>: open and past its baseline due date; the due date itself is not overdue.</item>
/// <item><b>Off track or overdue</b>: open and either overdue or reported off track by its owner — the exceptions
/// the escalation ladder climbs, the ECIB pack lists and the board paper reports.</item>
/// </list>
/// For a past date (a board paper's month end) the same questions are answered by <see cref="Reporting.TrajectoryItem"/>'s
/// dated forms (<c>IsOpenOn</c>, <c>IsOffTrackOrOverdueOn</c> …), on the root cause as it stood then
/// (<see cref="RootCauseStatusRecord"/>); for today they agree with these.
/// </summary>
public static class RootCauseRules
{
    public static readonly Expression<Func<RootCause, bool>> Live = r => r.WithdrawnOn == null;

    public static readonly Expression<Func<RootCause, bool>> Open = Live.And(r => r.Status < RootCauseStatus.Completed);

    public static readonly Expression<Func<RootCause, bool>> Delivered = Live.And(r => r.Status >= RootCauseStatus.Completed);

    /// <summary>Completed by the owner, the ISG chair not yet having accepted the evidence.</summary>
    public static readonly Expression<Func<RootCause, bool>> AwaitingAssurance = Live.And(r => r.Status == RootCauseStatus.Completed);

    /// <summary>Assured or Embedded: the ISG chair has accepted the evidence.</summary>
    public static readonly Expression<Func<RootCause, bool>> Assured = Live.And(r => r.Status >= RootCauseStatus.Assured);

    /// <summary>Overdue on a date: the dated form of <see cref="Overdue"/>.</summary>
    public static readonly Expression<Func<RootCause, DateOnly, bool>> OverdueOn =
        Open.And((RootCause r, DateOnly today) => r.BaselineDue < today);

    public static readonly Expression<Func<RootCause, DateOnly, bool>> OffTrackOrOverdueOn =
        Open.And((RootCause r, DateOnly today) => r.BaselineDue < today || r.ReportedOffTrack);

    public static Expression<Func<RootCause, bool>> Overdue(DateOnly today) => OverdueOn.On(today);

    public static Expression<Func<RootCause, bool>> OffTrackOrOverdue(DateOnly today) => OffTrackOrOverdueOn.On(today);

    /// <summary>The same rules compiled once, for the entity's own properties.</summary>
    internal static class Compiled
    {
        public static readonly Func<RootCause, bool> Live = RootCauseRules.Live.Compile();
        public static readonly Func<RootCause, bool> Open = RootCauseRules.Open.Compile();
        public static readonly Func<RootCause, bool> Delivered = RootCauseRules.Delivered.Compile();
        public static readonly Func<RootCause, bool> AwaitingAssurance = RootCauseRules.AwaitingAssurance.Compile();
        public static readonly Func<RootCause, bool> Assured = RootCauseRules.Assured.Compile();
        public static readonly Func<RootCause, DateOnly, bool> Overdue = OverdueOn.Compile();
        public static readonly Func<RootCause, DateOnly, bool> OffTrackOrOverdue = OffTrackOrOverdueOn.Compile();
    }
}
