namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// A trajectory chart as data: cumulative planned, completed and forecast root causes at each
/// month end, from the start of the plan to its end. Drawn by an <see cref="IPaperChartRenderer"/>.
/// </summary>
/// <param name="Title">E.g. "Must Do root causes: completed against trajectory".</param>
/// <param name="AsAt">The month end of the paper; completions after it are not known.</param>
public sealed record TrajectoryChart(string Title, DateOnly AsAt, ValueList<ChartPoint> Points);

/// <summary>Cumulative figures at one month end; <paramref name="Completed"/> is null after the as-at date.</summary>
public sealed record ChartPoint(DateOnly PeriodEnd, int Planned, int? Completed, int Forecast);
