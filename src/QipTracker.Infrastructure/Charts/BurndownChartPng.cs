using QipTracker.Domain.Sprints;
using ScottPlot;

namespace QipTracker.Infrastructure.Charts;

/// <summary>
/// A sprint burndown as a PNG for the sprint-close job and ISG papers. x = 0 is the start of the
/// sprint, where both lines begin at the committed scope; x = k is the end of day k, matching
/// <see cref="BurndownDay"/>'s "as at end of day" figures. Ideal dashed, actual solid up to
/// <see cref="BurndownChart.ActualThrough"/>; scope added that day is a bar above zero, scope removed
/// a bar below, so scope change is visible beside the line it explains.
/// </summary>
public static class BurndownChartPng
{
    /// <param name="scale">Pixels per pixel of the layout (see <see cref="XmrChartPng"/>): 2 draws a chart laid out at half the width, twice as sharp.</param>
    public static byte[] Render(BurndownChart chart, string title,
        int width = ChartStyle.DefaultWidth, int height = ChartStyle.DefaultHeight, float scale = 1f)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var plot = ChartStyle.NewPlot(title, "Items remaining");
        var layoutWidth = (int)(width / scale);
        if (layoutWidth < 500) ChartStyle.Compact(plot, title, "Items remaining");
        plot.ScaleFactor = scale;
        plot.XLabel(chart.ActualThrough is { } through
            ? $"End of day — actual to {ChartStyle.Date(through, "d MMM yyyy")}"
            : "End of day — sprint not started", layoutWidth < 500 ? 9 : 13);
        ChartStyle.CategoryX(plot, ["Start", .. chart.Days.Select(d => ChartStyle.Date(d.Date, "d MMM"))], layoutWidth);

        // Bars first, so the lines are drawn over them.
        var added = ScopeBars(plot, chart, d => d.Added ?? 0, sign: 1, ChartStyle.Orange, "scope added");
        var removed = ScopeBars(plot, chart, d => d.Removed ?? 0, sign: -1, ChartStyle.Purple, "scope removed");
        if (removed > 0) plot.Add.HorizontalLine(0, 1, Colors.Black);

        double[] idealX = [0, .. chart.Days.Select(d => (double)d.Day)];
        double[] idealY = [chart.Committed, .. chart.Days.Select(d => (double)d.Ideal)];
        var ideal = plot.Add.ScatterLine(idealX, idealY, ChartStyle.Grey);
        ideal.LegendText = "ideal";
        ideal.LineWidth = 2;
        ideal.LinePattern = LinePattern.Dashed;

        // Actual figures are a prefix of the days (null after ActualThrough); none before the sprint starts.
        var known = chart.ActualThrough is null ? [] : chart.Days.TakeWhile(d => d.Remaining is not null).ToList();
        if (known.Count > 0)
        {
            double[] xs = [0, .. known.Select(d => (double)d.Day)];
            double[] ys = [chart.Committed, .. known.Select(d => (double)d.Remaining!.Value)];
            var actual = plot.Add.ScatterLine(xs, ys, ChartStyle.Blue);
            actual.LegendText = "remaining";
            actual.LineWidth = 3;
            actual.MarkerShape = MarkerShape.FilledCircle;
            actual.MarkerSize = 6;
        }

        var top = Math.Max(chart.Committed, Math.Max(added, chart.Days.Select(d => d.Remaining ?? 0).DefaultIfEmpty(0).Max()));
        ChartStyle.WholeNumberY(plot, -removed, top);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Png(plot, width, height);
    }

    /// <summary>"Sprint 3 burndown — Unscheduled Care".</summary>
    public static string Title(int sprintNumber, string isg) => $"Sprint {sprintNumber} burndown — {isg}";

    /// <summary>Adds a bar per day with a non-zero count; returns the largest count (0: nothing added).</summary>
    private static int ScopeBars(Plot plot, BurndownChart chart, Func<BurndownDay, int> count, int sign, Color colour, string legend)
    {
        var bars = chart.Days.Where(d => count(d) > 0)
            .Select(d => new Bar { Position = d.Day, Value = sign * count(d), Size = 0.5, FillColor = colour, LineWidth = 0 })
            .ToList();
        if (bars.Count == 0) return 0;
        plot.Add.Bars(bars).LegendText = legend;
        return chart.Days.Max(count);
    }
}
