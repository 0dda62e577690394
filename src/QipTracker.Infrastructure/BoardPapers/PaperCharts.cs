using ScottPlot;
using ScottPlot.TickGenerators;

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

    // ScottPlot's own default is a serif face here; match the document's Arial (Liberation Sans under LibreOffice).
    private static readonly string? Font = new[] { "Arial", "Liberation Sans", "DejaVu Sans" }
        .FirstOrDefault(name => Fonts.GetTypeface(name, bold: false, italic: false).FamilyName == name);

    public byte[] RenderPng(TrajectoryChart chart, int widthPixels, int heightPixels)
    {
        var plot = new Plot();
        // Months are evenly spaced by index rather than by date, so every month end gets its own tick.
        var points = chart.Points.OrderBy(p => p.PeriodEnd).ToList();
        var x = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();

        if (points.Count > 0)
        {
            Line(plot, x, [.. points.Select(p => (double)p.Planned)], Planned, "Planned (trajectory)", dashed: false);

            var known = points.Count(p => p.Completed is not null);
            if (known > 0)
                Line(plot, x[..known], [.. points.Take(known).Select(p => (double)p.Completed!.Value)], Completed, "Completed", dashed: false);

            // Before the last known month the forecast is the actual; it is drawn from there on.
            var from = Math.Max(known - 1, 0);
            if (points.Count - from > 1)
                Line(plot, x[from..], [.. points.Skip(from).Select(p => (double)p.Forecast)], Forecast, "Forecast", dashed: true);

            var ticks = new NumericManual();
            var step = (points.Count + 11) / 12;   // at most about a dozen labels
            for (var i = 0; i < points.Count; i += step) ticks.AddMajor(i, points[i].PeriodEnd.ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture));
            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Axes.SetLimitsX(-0.3, points.Count - 0.7);
        }

        var top = points.Count == 0 ? 0 : points.Max(p => Math.Max(p.Planned, Math.Max(p.Forecast, p.Completed ?? 0)));
        plot.Axes.SetLimitsY(0, Math.Max(1, top * 1.08));
        if (Font is not null) plot.Font.Set(Font);
        // Laid out as if 600 px wide and scaled up: at the document's 17 cm that makes ScottPlot's 12 px text about 10 pt.
        plot.ScaleFactor = widthPixels / 600f;
        plot.Title(PaperText.Printable(chart.Title), size: 14);
        plot.YLabel("Root causes (cumulative)", size: 12);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(widthPixels, heightPixels, ImageFormat.Png);
    }

    private static void Line(Plot plot, double[] xs, double[] ys, Color color, string label, bool dashed)
    {
        var line = plot.Add.Scatter(xs, ys, color);
        line.LegendText = label;
        line.LineWidth = 2;
        line.MarkerSize = dashed ? 0 : 5;
        if (dashed) line.LinePattern = LinePattern.Dashed;
    }
}
