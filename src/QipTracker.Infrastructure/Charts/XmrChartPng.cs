using QipTracker.Domain.Kpis.Spc;
using ScottPlot;

namespace QipTracker.Infrastructure.Charts;

/// <summary>One point of an XmR chart as drawn: its value and its segment's mean and limits.</summary>
public sealed record XmrPoint(string Period, decimal Value, decimal Mean, decimal Lpl, decimal Upl, int Segment, SpcPointType Type);

/// <summary>A numbered note drawn as a dotted line at a point: what changed then.</summary>
public sealed record XmrMark(int PointIndex, int Number);

/// <summary>
/// A Making Data Count XmR chart as a PNG, for the KPI page's picture and for board papers: the points coloured
/// by what their variation means, each segment's mean (solid) and process limits (dashed), the target (red),
/// a dotted line where the limits were rebased, numbered dotted lines where a note says what changed, and
/// "Trial limits" while they rest on fewer than 12 points.
/// </summary>
public static class XmrChartPng
{
    // Making Data Count's own colours for variation, which boards know from the icons.
    private static readonly Color CommonCause = Color.FromHex("#A6A6A6");
    private static readonly Color Improvement = Color.FromHex("#289DE0");
    private static readonly Color Concern = Color.FromHex("#ED8B00");
    private static readonly Color Neutral = Color.FromHex("#490092");
    private static readonly Color Mean = Color.FromHex("#231F20");
    private static readonly Color Note = Color.FromHex("#005EB8");

    /// <param name="target">The target line; without one, the target the result was analysed against (if any).</param>
    /// <param name="marks">Numbered notes to draw at their points.</param>
    public static byte[] Render(SpcResult result, string title, string unit, decimal? target = null,
        int width = ChartStyle.DefaultWidth, int height = ChartStyle.DefaultHeight, IReadOnlyList<XmrMark>? marks = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var points = result.Points.Select(p => new XmrPoint(p.Period, p.Value, p.Mean, p.Lpl, p.Upl, p.Segment, p.Type)).ToList();
        return Render(points, title, unit, target ?? result.Target, result.TrialLimits, marks ?? [], width, height, scale: 1f);
    }

    /// <param name="scale">Pixels per pixel of the layout: a chart drawn 2 × 300 px wide is laid out as a 300 px chart, twice as sharp.</param>
    public static byte[] Render(IReadOnlyList<XmrPoint> points, string title, string unit, decimal? target, bool trialLimits,
        IReadOnlyList<XmrMark> marks, int width, int height, float scale)
    {
        ArgumentNullException.ThrowIfNull(points);
        using var plot = ChartStyle.NewPlot(title, unit);
        var layoutWidth = (int)(width / scale);
        var small = layoutWidth < 500;
        if (small) ChartStyle.Compact(plot, title, unit);
        plot.ScaleFactor = scale;
        ChartStyle.CategoryX(plot, points.Select(p => p.Period).ToList(), layoutWidth);

        var xs = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();
        var line = plot.Add.ScatterLine(xs, points.Select(p => (double)p.Value).ToArray(), CommonCause);
        line.LineWidth = 1.5f;

        foreach (var segment in points.Select((p, i) => (p, i)).GroupBy(x => x.p.Segment))
        {
            var first = segment.First();
            double from = first.i, to = segment.Last().i;
            Horizontal(plot, from, to, first.p.Mean, Mean, LinePattern.Solid);
            Horizontal(plot, from, to, first.p.Upl, ChartStyle.Grey, LinePattern.Dashed);
            Horizontal(plot, from, to, first.p.Lpl, ChartStyle.Grey, LinePattern.Dashed);
            if (first.i > 0) plot.Add.VerticalLine(first.i - 0.5, 1, ChartStyle.Grey, LinePattern.Dotted);
        }

        foreach (var group in points.Select((p, i) => (p, i)).GroupBy(x => x.p.Type))
            plot.Add.Markers(group.Select(x => (double)x.i).ToArray(), group.Select(x => (double)x.p.Value).ToArray(),
                MarkerShape.FilledCircle, small ? 5 : 7, ColourOf(group.Key));

        if (target is { } t)
            plot.Add.HorizontalLine((double)t, 2, ChartStyle.Red, LinePattern.Solid);

        foreach (var mark in marks.Where(m => m.PointIndex >= 0 && m.PointIndex < points.Count))
        {
            var note = plot.Add.VerticalLine(mark.PointIndex, 1.5f, Note, LinePattern.Dotted);
            note.LabelText = mark.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            note.LabelOppositeAxis = true;
            note.LabelFontSize = small ? 10 : 12;
            note.LabelBackgroundColor = Note;
            note.LabelFontColor = Colors.White;
        }

        if (trialLimits)
        {
            var trial = plot.Add.Annotation("Trial limits", Alignment.UpperRight);
            trial.LabelFontName = ChartStyle.Font;
            trial.LabelFontSize = small ? 9 : 12;
            trial.LabelFontColor = Mean;
            trial.LabelBackgroundColor = Colors.White;
            trial.LabelBorderColor = ChartStyle.Grey;
            trial.LabelShadowColor = Colors.Transparent;
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
