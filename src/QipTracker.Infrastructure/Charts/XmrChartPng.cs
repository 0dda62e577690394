using QipTracker.Domain.Kpis.Spc;
using ScottPlot;

namespace QipTracker.Infrastructure.Charts;

/// <summary>
/// A Making Data Count XmR chart as a PNG for board papers: the points coloured by what their
/// variation means, each segment's mean (solid) and process limits (dashed), the target (red),
/// a dotted line where the limits were rebased, and "Trial limits" while they rest on fewer than 12 points.
/// </summary>
public static class XmrChartPng
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 420;

    /// <param name="target">The target line; without one, the target the result was analysed against (if any).</param>
    public static byte[] Render(SpcResult result, string title, string unit, decimal? target = null, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        plot.Title(title);
        plot.YLabel(unit);

        var xs = result.Points.Select(p => (double)p.Index).ToArray();
        var ys = result.Points.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, Style.CommonCause);
        line.LineWidth = 1.5f;

        foreach (var segment in result.Segments)
        {
            var points = result.Points.Skip(segment.Start).Take(segment.Count).ToList();
            double from = points[0].Index, to = points[^1].Index;
            Horizontal(plot, from, to, segment.Mean, Style.Mean, LinePattern.Solid);
            Horizontal(plot, from, to, segment.Upl, Style.Limit, LinePattern.Dashed);
            Horizontal(plot, from, to, segment.Lpl, Style.Limit, LinePattern.Dashed);
            if (segment.Start > 0)
                plot.Add.VerticalLine(segment.Start - 0.5, 1, Style.Limit, LinePattern.Dotted);
        }

        foreach (var group in result.Points.GroupBy(p => p.Type))
            plot.Add.Markers(group.Select(p => (double)p.Index).ToArray(), group.Select(p => (double)p.Value).ToArray(),
                MarkerShape.FilledCircle, 7, Style.Of(group.Key));

        if ((target ?? result.Target) is { } t)
            plot.Add.HorizontalLine((double)t, 2, Style.Target, LinePattern.Solid);

        if (result.TrialLimits)
        {
            var note = plot.Add.Annotation("Trial limits", Alignment.UpperRight);
            note.LabelFontColor = Style.Mean;
            note.LabelBackgroundColor = Colors.White;
            note.LabelBorderColor = Style.Limit;
            note.LabelShadowColor = Colors.Transparent;
        }

        // Period labels along the bottom, thinned so they do not overlap.
        var step = Math.Max(1, (int)Math.Ceiling(result.Points.Count / 12.0));
        var ticks = result.Points.Where(p => p.Index % step == 0).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ticks.Select(p => (double)p.Index).ToArray(), ticks.Select(p => p.Period).ToArray());
        plot.Axes.SetLimitsX(-0.5, result.Points.Count - 0.5);

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static void Horizontal(Plot plot, double from, double to, decimal y, Color color, LinePattern pattern)
    {
        var segment = plot.Add.Line(from, (double)y, to, (double)y);
        segment.Color = color;
        segment.LineWidth = 1.5f;
        segment.LinePattern = pattern;
    }

    /// <summary>The Making Data Count palette.</summary>
    private static class Style
    {
        public static readonly Color CommonCause = Color.FromHex("#A6A6A6");
        public static readonly Color Improvement = Color.FromHex("#289DE0");
        public static readonly Color Concern = Color.FromHex("#ED8B00");
        public static readonly Color Neutral = Color.FromHex("#490092");
        public static readonly Color Mean = Color.FromHex("#231F20");
        public static readonly Color Limit = Color.FromHex("#768692");
        public static readonly Color Target = Color.FromHex("#DA291C");

        public static Color Of(SpcPointType type) => type switch
        {
            SpcPointType.SpecialCauseImprovement => Improvement,
            SpcPointType.SpecialCauseConcern => Concern,
            SpcPointType.SpecialCauseNeutral => Neutral,
            _ => CommonCause,
        };
    }
}
