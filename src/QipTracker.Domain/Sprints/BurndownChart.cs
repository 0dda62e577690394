namespace QipTracker.Domain.Sprints;

/// <summary>
/// A sprint's burndown: the committed scope at the start (the first point of both lines) and each
/// day's figures at the end of that day.
/// </summary>
/// <param name="ActualThrough">The last day with actual figures (today, or the last day once the sprint is over); null before the start.</param>
public sealed record BurndownChart(DateOnly StartsOn, DateOnly EndsOn, int Committed, DateOnly? ActualThrough, IReadOnlyList<BurndownDay> Days);
