using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Reporting;

/// <summary>
/// The trajectory of one group: an ISG and priority class, an ISG's total (<see cref="Priority"/> null),
/// a priority class across all ISGs (<see cref="IsgId"/> null), or the grand total (both null).
/// </summary>
/// <param name="Isg">The ISG's name, or "All".</param>
/// <param name="PlannedToDate">Cumulative planned completions as at the as-of date.</param>
/// <param name="CompletedToDate">Cumulative actual completions as at the as-of date.</param>
/// <param name="PercentToDate">Percentage of trajectory achieved as at the as-of date (see <see cref="TrajectoryPercent"/>).</param>
/// <param name="Reopened">Root causes counted here that have ever been reopened.</param>
/// <param name="Withdrawn">Root causes withdrawn by the as-of date, and so left out of every figure.</param>
public sealed record TrajectorySeries(
    Guid? IsgId,
    string Isg,
    PriorityClass? Priority,
    int PlannedToDate,
    int CompletedToDate,
    decimal? PercentToDate,
    int Reopened,
    int Withdrawn,
    IReadOnlyList<TrajectoryPoint> Points)
{
    public const string All = "All";

    /// <summary>Behind, on or ahead of trajectory as at the as-of date (from the counts).</summary>
    public TrajectoryStanding Standing => TrajectoryPercent.Standing(CompletedToDate, PlannedToDate);

    /// <summary>"MustDo", "ShouldDo" or "All", as the command line and API print it.</summary>
    public string PriorityLabel => Priority?.ToString() ?? All;
}
