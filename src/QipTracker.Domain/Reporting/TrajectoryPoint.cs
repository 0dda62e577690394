namespace QipTracker.Domain.Reporting;

/// <summary>
/// Cumulative figures at one period end. <see cref="Completed"/> and <see cref="Percent"/> are null for
/// periods ending after the as-of date (not known yet). The "in period" figures are the rise since the
/// previous period end; for the first period they include everything before it.
/// </summary>
public sealed record TrajectoryPoint(
    DateOnly PeriodEnd,
    int Planned,
    int? Completed,
    int Forecast,
    decimal? Percent,
    int PlannedInPeriod,
    int? CompletedInPeriod);
