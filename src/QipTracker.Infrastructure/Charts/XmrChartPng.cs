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
    // Making Data Count's own colours for variation, which boards know from the icons.
    private static readonly Color CommonCause = Color.FromHex("#A6A6A6");
    private static readonly Color Improvement = Color.FromHex("#289DE0");
    private static readonly Color Concern = Color.FromHex("#ED8B00");
    private static readonly Color Neutral = Color.FromHex("#490092");
    private static readonly Color Mean = Color.FromHex("#231F20");

    /// <param name="target">The target line; without one, the target the result was analysed against (if any).</param>
    public static byte[] Render(SpcResult result, string title, string unit, decimal? target = null,
        int width = ChartStyle.DefaultWidth, int height = ChartStyle.DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var plot = ChartStyle.NewPlot(title, unit);
        ChartStyle.CategoryX(plot, result.Points.Select(p => p.Period).ToList(), width);

        var line = plot.Add.ScatterLine(result.Points.Select(p => (double)p.Index).ToArray(), result.Points.Select(p => (double)p.Value).ToArray(), CommonCause);
        line.LineWidth = 1.5f;

        foreach (var segment in result.Segments)
        {
            double from = segment.Start, to = segment.End - 1;
            Horizontal(plot, from, to, segment.Mean, Mean, LinePattern.Solid);
            Horizontal(plot, from, to, segment.Upl, ChartStyle.Grey, LinePattern.Dashed);
            Horizontal(plot, from, to, segment.Lpl, ChartStyle.Grey, LinePattern.Dashed);
            if (segment.Start > 0)
                plot.Add.VerticalLine(segment.Start - 0.5, 1, ChartStyle.Grey, LinePattern.Dotted);
        }

        foreach (var group in result.Points.GroupBy(p => p.Type))
            plot.Add.Markers(group.Select(p => (double)p.Index).ToArray(), group.Select(p => (double)p.Value).ToArray(),
                MarkerShape.FilledCircle, 7, ColourOf(group.Key));

        if ((target ?? result.Target) is { } t)
            plot.Add.HorizontalLine((double)t, 2, ChartStyle.Red, LinePattern.Solid);

        if (result.TrialLimits)
        {
            var note = plot.Add.Annotation("Trial limits", Alignment.UpperRight);
            note.LabelFontName = ChartStyle.Font;
            note.LabelFontColor = Mean;
            note.LabelBackgroundColor = Colors.White;
            note.LabelBorderColor = ChartStyle.Grey;
            note.LabelShadowColor = Colors.Transparent;
        }

        return ChartStyle.Png(plot, width, height);
    }

    private static void Horizontal(Plot plot, double from, double to, decimal y, Color color, LinePattern pattern)
    {
        var segment = plot.Add.Line(from, (double)y, to, (double)y);
        segment.Color = color;
        segment.LineWidth = 1.5f;
        segment.LinePattern = pattern;
    }

    private static Color ColourOf(SpcPointType type) => type switch
    {
        SpcPointType.SpecialCauseImprovement => Improvement,
        SpcPointType.SpecialCauseConcern => Concern,
        SpcPointType.SpecialCauseNeutral => Neutral,
        _ => CommonCause,
    };
}
