using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using ScottPlot;

namespace QipTracker.Infrastructure.Charts;

/// <summary>
/// The trajectory as a PNG for board papers and the sprint-close job: cumulative planned (the
/// trajectory), completed (up to the as-of date only — later periods are not known) and forecast
/// (dashed) root causes at each period end. Periods are evenly spaced categories, so a mid-month
/// as-of date cannot crowd its neighbour's label.
/// </summary>
public static class TrajectoryChartPng
{
    /// <summary>One series: planned, completed and forecast each in their own colour.</summary>
    public static byte[] Render(TrajectorySeries series, DateOnly asOf, string? title = null,
        int width = ChartStyle.DefaultWidth, int height = ChartStyle.DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(series);
        using var plot = Chart(title ?? Title(series), asOf, series.Points.Select(p => p.PeriodEnd).ToList(), width);
        if (series.Points.Count == 0) ChartStyle.Empty(plot, "No root causes to chart");
        else Lines(plot, series.Points, "", planned: ChartStyle.Blue, completed: ChartStyle.Green, forecast: ChartStyle.Orange);
        return Finish(plot, [series], width, height);
    }

    /// <summary>
    /// Several series of one report on one chart (e.g. Must Do against Should Do): a colour per series;
    /// planned thin, completed thick with markers, forecast dashed.
    /// </summary>
    public static byte[] Render(IReadOnlyList<(string Label, TrajectorySeries Series)> lines, DateOnly asOf, string title,
        int width = ChartStyle.DefaultWidth, int height = ChartStyle.DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ends = lines.Count == 0 ? [] : lines[0].Series.Points.Select(p => p.PeriodEnd).ToList();
        if (lines.Any(l => !l.Series.Points.Select(p => p.PeriodEnd).SequenceEqual(ends)))
            throw new ArgumentException("Series on one chart must share their period ends (take them from one report).", nameof(lines));

        using var plot = Chart(title, asOf, ends, width);
        if (ends.Count == 0) ChartStyle.Empty(plot, "No root causes to chart");
        for (var i = 0; i < lines.Count && ends.Count > 0; i++)
        {
            var colour = ChartStyle.Series[i % ChartStyle.Series.Length];
            Lines(plot, lines[i].Series.Points, lines[i].Label + " ", colour, colour, colour);
        }
        return Finish(plot, lines.Select(l => l.Series), width, height);
    }

    /// <summary>"Must Do root causes — Unscheduled Care", "Root causes — all ISGs".</summary>
    public static string Title(TrajectorySeries series)
    {
        var what = series.Priority switch
        {
            PriorityClass.MustDo => "Must Do root causes",
            PriorityClass.ShouldDo => "Should Do root causes",
            _ => "Root causes",
        };
        return $"{what} — {(series.IsgId is null ? "all ISGs" : series.Isg)}";
    }

    /// <summary>
    /// Month ends read "Oct 26"; anything else (sprint ends, or the as-of date inside a month) "14 Oct".
    /// Month labels are used only when all period ends but one (the as-of date) are month ends, so a
    /// sprint calendar whose sprint happens to end on the 31st still reads in days throughout.
    /// </summary>
    public static IReadOnlyList<string> PeriodLabels(IReadOnlyList<DateOnly> ends)
    {
        static bool IsMonthEnd(DateOnly d) => d == ReportingPeriods.MonthEnd(d);
        var monthly = ends.Count(IsMonthEnd) >= 2 && ends.Count(d => !IsMonthEnd(d)) <= 1;
        return ends.Select(d => monthly && IsMonthEnd(d) ? ChartStyle.Date(d, "MMM yy") : ChartStyle.Date(d, "d MMM")).ToList();
    }

    private static Plot Chart(string title, DateOnly asOf, IReadOnlyList<DateOnly> ends, int width)
    {
        var plot = ChartStyle.NewPlot(title, "Root causes (cumulative)");
        // The as-at date is the axis caption: it must be on every copy of the chart, and there it never covers a line.
        plot.XLabel($"Period end — as at {ChartStyle.Date(asOf, "d MMM yyyy")}", 13);
        ChartStyle.CategoryX(plot, PeriodLabels(ends), width);
        return plot;
    }

    private static void Lines(Plot plot, IReadOnlyList<TrajectoryPoint> points, string prefix, Color planned, Color completed, Color forecast)
    {
        double[] xs = [.. Enumerable.Range(0, points.Count).Select(i => (double)i)];

        var plan = plot.Add.ScatterLine(xs, points.Select(p => (double)p.Planned).ToArray(), planned);
        plan.LegendText = prefix + "planned (trajectory)";
        plan.LineWidth = 2;

        var fc = plot.Add.ScatterLine(xs, points.Select(p => (double)p.Forecast).ToArray(), forecast);
        fc.LegendText = prefix + "forecast";
        fc.LineWidth = 2;
        fc.LinePattern = LinePattern.Dashed;

        // Completed is a prefix of the periods: null from the first period ending after the as-of date.
        var done = points.TakeWhile(p => p.Completed is not null).Select(p => (double)p.Completed!.Value).ToArray();
        if (done.Length == 0) return;
        var actual = plot.Add.ScatterLine(xs[..done.Length], done, completed);
        actual.LegendText = prefix + "completed";
        actual.LineWidth = 3;
        actual.MarkerShape = MarkerShape.FilledCircle;
        actual.MarkerSize = 6;
    }

    private static byte[] Finish(Plot plot, IEnumerable<TrajectorySeries> series, int width, int height)
    {
        var max = series.SelectMany(s => s.Points).Select(p => Math.Max(Math.Max(p.Planned, p.Forecast), p.Completed ?? 0)).DefaultIfEmpty(0).Max();
        ChartStyle.WholeNumberY(plot, 0, max);
        if (plot.GetPlottables<ScottPlot.Plottables.Scatter>().Any()) plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Png(plot, width, height);
    }
}
