using ScottPlot;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Draws a trajectory chart with ScottPlot: cumulative planned (the trajectory) and completed root
/// causes by month end as solid lines, and the forecast from the as-at month onwards as a dashed
/// line, so the board sees at a glance whether delivery is ahead of or behind plan.
/// </summary>
public sealed class PaperCharts : IPaperChartRenderer
{
    private static readonly Color Planned = Color.FromHex("#425563");   // NHS dark grey
    private static readonly Color Completed = Color.FromHex("#005EB8"); // NHS blue
    private static readonly Color Forecast = Color.FromHex("#ED8B00");  // NHS orange

    public byte[] RenderPng(TrajectoryChart chart, int widthPixels, int heightPixels)
    {
        var plot = new Plot();
        var points = chart.Points.OrderBy(p => p.PeriodEnd).ToList();
        double X(ChartPoint p) => p.PeriodEnd.ToDateTime(TimeOnly.MinValue).ToOADate();

        if (points.Count > 0)
        {
            Line(plot, [.. points.Select(X)], [.. points.Select(p => (double)p.Planned)], Planned, "Planned (trajectory)", dashed: false);

            var known = points.Where(p => p.Completed is not null).ToList();
            if (known.Count > 0)
                Line(plot, [.. known.Select(X)], [.. known.Select(p => (double)p.Completed!.Value)], Completed, "Completed", dashed: false);

            // The forecast matters only from the last known month on; before that it equals the actual.
            var ahead = points.Where(p => p.PeriodEnd >= (known.Count > 0 ? known[^1].PeriodEnd : DateOnly.MinValue)).ToList();
            if (ahead.Count > 1)
                Line(plot, [.. ahead.Select(X)], [.. ahead.Select(p => (double)p.Forecast)], Forecast, "Forecast", dashed: true);
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsY(0, Math.Max(1, limits.Top * 1.05));
        plot.Title(chart.Title, size: 16);
        plot.YLabel("Root causes (cumulative)", size: 13);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(widthPixels, heightPixels, ImageFormat.Png);
    }

    private static void Line(Plot plot, double[] xs, double[] ys, Color color, string label, bool dashed)
    {
        var line = plot.Add.Scatter(xs, ys, color);
        line.LegendText = label;
        line.LineWidth = 2.5f;
        line.MarkerSize = dashed ? 0 : 6;
        if (dashed) line.LinePattern = LinePattern.Dashed;
    }
}
