using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Reporting;

/// <summary>
/// The trajectory as at a date. Series come in this order: for each ISG (by name) Must Do, Should Do and
/// the ISG's total; then Must Do, Should Do and the grand total across ISGs.
/// </summary>
public sealed record TrajectoryReport(DateOnly AsOf, IReadOnlyList<DateOnly> PeriodEnds, IReadOnlyList<TrajectorySeries> Series)
{
    /// <summary>The series for an ISG (null: all ISGs) and priority class (null: both).</summary>
    public TrajectorySeries For(Guid? isgId, PriorityClass? priority) =>
        Series.SingleOrDefault(s => s.IsgId == isgId && s.Priority == priority)
        ?? throw new KeyNotFoundException("No root causes of that ISG are in this trajectory.");

    public TrajectorySeries Total => For(null, null);
}
