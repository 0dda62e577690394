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
/// The <c>…AsAt</c> forms answer the same questions for a past date (a board paper's month end) from the dates
/// recorded; for today they agree with the plain forms.
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

    /// <summary>Still in the plan on the date: not withdrawn, or withdrawn later.</summary>
    public static readonly Expression<Func<RootCause, DateOnly, bool>> LiveAsAtOn =
        (r, date) => r.WithdrawnOn == null || r.WithdrawnOn > date;

    /// <summary>In the plan on the date and not delivered by then (a completion recorded after it does not count).</summary>
    public static readonly Expression<Func<RootCause, DateOnly, bool>> OpenAsAtOn =
        (r, date) => (r.WithdrawnOn == null || r.WithdrawnOn > date) && !(r.Status >= RootCauseStatus.Completed && r.CompletedOn <= date);

    public static Expression<Func<RootCause, bool>> LiveAsAt(DateOnly date) => LiveAsAtOn.On(date);

    public static Expression<Func<RootCause, bool>> OpenAsAt(DateOnly date) => OpenAsAtOn.On(date);

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
        public static readonly Func<RootCause, DateOnly, bool> OpenAsAt = OpenAsAtOn.Compile();
    }
}
