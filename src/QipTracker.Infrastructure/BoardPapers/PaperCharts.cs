using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Draws the paper's charts from its frozen data. A trajectory: cumulative planned (the trajectory) and completed
/// root causes by month end as solid lines, and the forecast from the as-at month onwards as a dashed line, so
/// the board sees at a glance whether delivery is ahead of or behind plan. A KPI: its XmR chart with its notes.
/// A sprint: its burndown as recorded at its close. The Making Data Count icons.
/// </summary>
public sealed class PaperCharts : IPaperChartRenderer
{
    private static readonly Color Planned = Color.FromHex("#425563");   // NHS dark grey
    private static readonly Color Completed = Color.FromHex("#005EB8"); // NHS blue
    private static readonly Color Forecast = Color.FromHex("#ED8B00");  // NHS orange

    // ScottPlot's own default is a serif face here; match the document's Arial (Liberation Sans under LibreOffice).
    private static readonly string? Font = new[] { "Arial", "Liberation Sans", "DejaVu Sans" }
        .FirstOrDefault(name => Fonts.GetTypeface(name, bold: false, italic: false).FamilyName == name);

    /// <summary>Laid out as if 600 px wide and scaled up to <paramref name="widthPixels"/>, as a full-width chart is.</summary>
    public byte[] RenderPng(TrajectoryChart chart, int widthPixels, int heightPixels) =>
        RenderPng(chart, new ChartSize(widthPixels, heightPixels, widthPixels / 600f));

    public byte[] RenderPng(TrajectoryChart chart, ChartSize size)
    {
        var plot = new Plot();
        var small = size.Width / size.Scale < 500;
        // Months are evenly spaced by index rather than by date, so every month end gets its own tick.
        var points = chart.Points.OrderBy(p => p.PeriodEnd).ToList();
        var x = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();

        if (points.Count > 0)
        {
            Line(plot, x, [.. points.Select(p => (double)p.Planned)], Planned, "Planned (trajectory)", dashed: false, small);

            var known = points.Count(p => p.Completed is not null);
            if (known > 0)
                Line(plot, x[..known], [.. points.Take(known).Select(p => (double)p.Completed!.Value)], Completed, "Completed", dashed: false, small);

            // Before the last known month the forecast is the actual; it is drawn from there on.
            var from = Math.Max(known - 1, 0);
            if (points.Count - from > 1)
                Line(plot, x[from..], [.. points.Skip(from).Select(p => (double)p.Forecast)], Forecast, "Forecast", dashed: true, small);

            var ticks = new NumericManual();
            var most = small ? 6 : 12;
            var step = (points.Count + most - 1) / most;   // at most about a dozen labels (six on a small chart)
            for (var i = 0; i < points.Count; i += step) ticks.AddMajor(i, points[i].PeriodEnd.ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture));
            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Axes.SetLimitsX(-0.3, points.Count - 0.7);
        }

        var top = points.Count == 0 ? 0 : points.Max(p => Math.Max(p.Planned, Math.Max(p.Forecast, p.Completed ?? 0)));
        plot.Axes.SetLimitsY(0, Math.Max(1, top * 1.08));
        if (Font is not null) plot.Font.Set(Font);
        plot.ScaleFactor = size.Scale;
        plot.Title(PaperText.Printable(chart.Title), size: small ? 11 : 14);
        plot.YLabel("Root causes (cumulative)", size: small ? 9 : 12);
        if (small)
        {
            plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
            plot.Axes.Left.TickLabelStyle.FontSize = 9;
            plot.Legend.FontSize = 9;
        }
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png);
    }

    public byte[] RenderPng(SpcChart chart, ChartSize size)
    {
        var points = chart.Points.Select(p => new XmrPoint(p.Period, p.Value, p.Mean, p.Lpl, p.Upl, p.Segment, p.Kind switch
        {
            SpcPointKind.Improvement => SpcPointType.SpecialCauseImprovement,
            SpcPointKind.Concern => SpcPointType.SpecialCauseConcern,
            SpcPointKind.Neutral => SpcPointType.SpecialCauseNeutral,
            _ => SpcPointType.CommonCause,
        })).ToList();
        var marks = chart.Notes.Where(n => n.PointIndex is not null).Select(n => new XmrMark(n.PointIndex!.Value, n.Number)).ToList();
        // The code alone: a small multiple is too narrow for the name, which its caption gives in full.
        return XmrChartPng.Render(points, chart.Code, chart.Unit, chart.Target, chart.TrialLimits, marks, size.Width, size.Height, size.Scale);
    }

    public byte[] RenderPng(SprintBurndown burndown, ChartSize size)
    {
        var days = burndown.Days.Select(d => new BurndownDay(d.Date, d.Day, d.Remaining, d.Ideal, d.Added, d.Removed, d.Delivered)).ToList();
        var through = days.LastOrDefault(d => d.Remaining is not null)?.Date;
        var chart = new BurndownChart(burndown.StartsOn, burndown.EndsOn, burndown.Committed, through, days);
        return BurndownChartPng.Render(chart, BurndownChartPng.Title(burndown.Number, burndown.Isg), size.Width, size.Height, size.Scale);
    }

    public byte[] RenderIcon(SpcIcon icon, int pixels) => SpcIconPng.Render(icon.Stroke, icon.Letter, pixels);

    private static void Line(Plot plot, double[] xs, double[] ys, Color color, string label, bool dashed, bool small)
    {
        var line = plot.Add.Scatter(xs, ys, color);
        line.LegendText = label;
        line.LineWidth = small ? 1.5f : 2;
        line.MarkerSize = dashed ? 0 : small ? 3 : 5;
        if (dashed) line.LinePattern = LinePattern.Dashed;
    }
}
