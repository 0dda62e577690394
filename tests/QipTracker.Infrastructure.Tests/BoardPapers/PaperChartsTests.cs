using QipTracker.Infrastructure.BoardPapers;
using SkiaSharp;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

public sealed class PaperChartsTests
{
    [Fact]
    public void A_trajectory_chart_is_a_png_of_the_asked_size_with_completed_and_forecast_lines()
    {
        var png = new PaperCharts().RenderPng(SamplePaper.Build().Assessment.MustDoChart, 1200, 600);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1200, 600), (bitmap.Width, bitmap.Height));
        var colours = bitmap.Pixels.Select(p => (p.Red, p.Green, p.Blue)).ToHashSet();
        Assert.Contains(((byte)0x00, (byte)0x5E, (byte)0xB8), colours);   // completed, NHS blue
        Assert.Contains(((byte)0xED, (byte)0x8B, (byte)0x00), colours);   // forecast, NHS orange
        Assert.Contains(((byte)0x42, (byte)0x55, (byte)0x63), colours);   // planned, NHS dark grey
    }

    [Fact]
    public void A_chart_with_nothing_planned_still_draws()
    {
        var png = new PaperCharts().RenderPng(new TrajectoryChart("Well-led: nothing planned yet", SamplePaper.AsAt, []), 600, 300);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(600, bitmap.Width);
    }
}
