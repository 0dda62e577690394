using QipTracker.Domain.Common;
using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace QipTracker.Infrastructure.Charts;

/// <summary>
/// What every QipTracker chart shares: an installed sans font, NHS identity colours, whole-number
/// y ticks, thinned date labels and PNG output. Each render builds its own <see cref="Plot"/>, so
/// renders may run in parallel (ScottPlot's typeface cache is concurrent).
/// </summary>
internal static class ChartStyle
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 420;

    // NHS identity palette: readable in print and to most colour-blind readers.
    public static readonly Color Blue = Color.FromHex("#005EB8");
    public static readonly Color DarkBlue = Color.FromHex("#003087");
    public static readonly Color Green = Color.FromHex("#007F3B");
    public static readonly Color Orange = Color.FromHex("#ED8B00");
    public static readonly Color Grey = Color.FromHex("#768692");
    public static readonly Color Red = Color.FromHex("#DA291C");
    public static readonly Color Purple = Color.FromHex("#330072");
    public static readonly Color[] Series = [Blue, Orange, Green, Purple, Red, DarkBlue];

    /// <summary>
    /// The first of these the machine has. Skia's Linux build without fontconfig finds fonts by
    /// scanning /usr/share/fonts, and an unknown name would silently fall back to a serif face, so the
    /// name is checked rather than trusted. Debian: fonts-liberation or fonts-dejavu-core.
    /// </summary>
    public static readonly string Font = ResolveFont("Liberation Sans", "DejaVu Sans", "Arial", "Helvetica");

    private static string ResolveFont(params string[] wanted) =>
        wanted.FirstOrDefault(name => SKFontManager.Default.MatchFamily(name) is not null)
        ?? SKFontManager.Default.FontFamilies.FirstOrDefault()
        ?? Fonts.Default;

    /// <summary>Culture-invariant so a server's locale cannot change a board paper ("Sep", not "Sept").</summary>
    public static string Date(DateOnly date, string format) => UkDate.Format(date, format);

    public static Plot NewPlot(string title, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Legend.FontName = Font;
        plot.FigureBackground.Color = Colors.White;
        plot.Title(BoardPapers.PaperText.Printable(title), 16); // stored names may hold characters a font cannot draw
        plot.YLabel(yLabel, 13);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.1);
        return plot;
    }

    /// <summary>Smaller title, axis label and tick labels, for a chart drawn a few to a row.</summary>
    public static void Compact(Plot plot, string title, string yLabel)
    {
        plot.Title(BoardPapers.PaperText.Printable(title), 11);
        plot.YLabel(yLabel, 9);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
    }

    /// <summary>Y from <paramref name="min"/> (0, or below for removals) with whole-number ticks at a 1-2-5 step.</summary>
    public static void WholeNumberY(Plot plot, double min, double max)
    {
        max = Math.Max(max, 1);
        var step = NiceStep((max - min) / 6);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var v = Math.Floor(min / step) * step; v <= max + step / 2; v += step)
            ticks.AddMajor(v, v.ToString("0", CultureInfo.InvariantCulture));
        plot.Axes.Left.TickGenerator = ticks;
        // Headroom so the top line and its markers are not clipped by the frame.
        plot.Axes.SetLimitsY(min - (min < 0 ? step * 0.3 : 0), max + step * 0.3);
    }

    private static readonly int[] NiceSteps = [1, 2, 5, 10];

    private static double NiceStep(double rough)
    {
        if (rough <= 1) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = NiceSteps.Select(m => m * magnitude).First(s => s >= rough);
        return Math.Max(1, step);
    }

    /// <summary>
    /// Category labels at x = 0, 1, 2…; when there are more than fit the width (a date label needs
    /// about 60px), every nth is labelled, counting back from the last (always shown), and the rest
    /// get a minor tick.
    /// </summary>
    public static void CategoryX(Plot plot, IReadOnlyList<string> labels, int width)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var maxLabels = Math.Max(2, width / 60);
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)maxLabels));
        for (var i = 0; i < labels.Count; i++)
        {
            if ((labels.Count - 1 - i) % every == 0) ticks.AddMajor(i, labels[i]);
            else ticks.AddMinor(i);
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(-0.5, Math.Max(labels.Count - 0.5, 0.5));
    }

    /// <summary>A message in the middle of a chart with nothing to draw, so an empty PNG still explains itself.</summary>
    public static void Empty(Plot plot, string message)
    {
        var note = plot.Add.Annotation(message, Alignment.MiddleCenter);
        note.LabelFontName = Font;
        note.LabelFontSize = 14;
        note.LabelFontColor = Grey;
        note.LabelBackgroundColor = Colors.Transparent;
        note.LabelBorderColor = Colors.Transparent;
        note.LabelShadowColor = Colors.Transparent;
    }

    public static byte[] Png(Plot plot, int width, int height)
    {
        // Bounded both ways: too small to read, or large enough to tie up memory for nothing.
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 4000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 4000);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
