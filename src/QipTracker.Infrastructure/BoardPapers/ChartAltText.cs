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

    public static string Of(SpcChart chart)
    {
        if (chart.Points.Count == 0) return $"{chart.Code} {chart.Name}: no measurements.";
        var last = chart.Points[^1];
        var text = $"XmR chart of {chart.Name}, {chart.Points[0].Period} to {last.Period}: latest {PaperLabels.Measure(last.Value, chart.Unit)}, " +
                   $"mean {PaperLabels.Measure(last.Mean, chart.Unit)}, process limits {PaperLabels.Measure(last.Lpl, chart.Unit)} to {PaperLabels.Measure(last.Upl, chart.Unit)}";
        if (chart.Target is { } target) text += $", target {PaperLabels.Measure(target, chart.Unit)}";
        text += $". Variation: {SpcIcon.Of(chart.Variation).Label}. Assurance: {SpcIcon.Of(chart.Assurance).Label}.";
        foreach (var note in chart.Notes) text += $" Note {note.Number} ({PaperLabels.ShortDate(note.On)}): {note.Text}.";
        return text;
    }

    public static string Of(SprintBurndown sprint) =>
        $"Burndown of {sprint.Isg} sprint {sprint.Number}, {PaperLabels.ShortDate(sprint.StartsOn)} to {PaperLabels.ShortDate(sprint.EndsOn)}: " +
        $"{sprint.Committed} committed, {sprint.Delivered} delivered, {sprint.CarriedOver} carried over; " +
        $"{sprint.Days.LastOrDefault(d => d.Remaining is not null)?.Remaining ?? sprint.Committed} remaining at the end.";
}
