namespace QipTracker.Domain.Sprints;

/// <summary>
/// One day of a burndown, as at the end of that day. The actual figures are null for days after
/// today (not yet known); the ideal line is always there.
/// </summary>
/// <param name="Day">1 for the sprint's first day.</param>
/// <param name="Remaining">Items still in scope and not delivered at the end of the day.</param>
/// <param name="Ideal">Committed scope burned evenly to zero at the end of the last day.</param>
/// <param name="Added">Items added to the scope that day.</param>
/// <param name="Removed">Items removed from the scope that day.</param>
/// <param name="Delivered">Items delivered that day.</param>
public sealed record BurndownDay(DateOnly Date, int Day, int? Remaining, decimal Ideal, int? Added, int? Removed, int? Delivered);
