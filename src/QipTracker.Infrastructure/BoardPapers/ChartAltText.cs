namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Alternative text for a trajectory chart: the figures a sighted reader takes from it — the span,
/// where delivery stands at the as-at month end, and where plan and forecast end — so that a
/// screen-reader user (and a search of the document) gets the same message.
/// </summary>
public static class ChartAltText
{
    public static string Of(TrajectoryChart chart)
    {
        var points = chart.Points.OrderBy(p => p.PeriodEnd).ToList();
        if (points.Count == 0) return $"{chart.Title}: no root causes are planned.";

        var text = $"Line chart of cumulative root causes by month end, {PaperLabels.Month(points[0].PeriodEnd)} to {PaperLabels.Month(points[^1].PeriodEnd)}: planned (trajectory), completed and forecast.";
        if (points.LastOrDefault(p => p.Completed is not null) is { } latest)
            text += $" As at {PaperLabels.Date(latest.PeriodEnd)}, {latest.Completed} completed against {latest.Planned} planned.";
        var end = points[^1];
        text += $" By {PaperLabels.Month(end.PeriodEnd)}, {end.Planned} planned and {end.Forecast} forecast.";
        return text;
    }
}
