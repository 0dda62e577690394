namespace QipTracker.Domain.Plans;

/// <summary>
/// A record of the plan — a finding, root cause or action — that knows the day it entered the plan, so that a figure
/// as at an earlier date (a past month's board paper) leaves it out rather than counting work added since.
/// </summary>
public interface IInPlanSince
{
    /// <summary>The London date it entered the plan.</summary>
    DateOnly AddedToPlanOn { get; }

    /// <summary>
    /// Sets the day it entered the plan: stamped by the persistence layer when it is first saved (see <see cref="PlanEntry"/>),
    /// or given by the import of a plan that was running before it was brought in.
    /// </summary>
    void RecordAddedToPlan(DateOnly on);

    /// <summary>Days the record itself says something happened (a completion, a report): it was in the plan by then.</summary>
    IEnumerable<DateOnly?> DatesItCarries();
}

/// <summary>When a new record entered the plan.</summary>
public static class PlanEntry
{
    /// <summary>
    /// Today, unless the record carries an earlier day (a root cause created already completed, as the demo plan and a
    /// back-dated entry do): nothing can have happened to it before it was in the plan.
    /// </summary>
    public static DateOnly On(DateOnly today, IInPlanSince record) =>
        record.DatesItCarries().Where(d => d is not null).Select(d => d!.Value).Append(today).Min();
}
