using System.Buffers.Binary;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Infrastructure.Charts;

namespace QipTracker.Infrastructure.Tests.Charts;

public sealed class XmrChartPngTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static IReadOnlyList<SpcInputPoint> Series(params decimal[] values) =>
        values.Select((v, i) => new SpcInputPoint($"2024-{i % 12 + 1:00}/{i / 12}", v)).ToList();

    // 13, 10, 7, 10 three times, then a shift above the mean and a point beyond the upper limit:
    // common cause, improvement and (for a decrease KPI) concern points all appear.
    private static readonly decimal[] Values = [13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10, 11, 12, 11, 12, 11, 12, 11, 18];

    /// <summary>Width and height from the PNG's IHDR chunk, which always comes first.</summary>
    private static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    [Fact]
    public void A_chart_is_a_png_of_the_default_size()
    {
        var result = XmrChart.Analyse(Series(Values), ImprovementDirection.Increase, new SpcOptions { FixAfter = 12, Target = 15 });

        var png = XmrChartPng.Render(result, "ED 4-hour performance", "%");

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((900, 420), Size(png));
    }

    [Fact]
    public void The_size_can_be_chosen()
    {
        var result = XmrChart.Analyse(Series(Values), ImprovementDirection.Decrease);

        Assert.Equal((600, 300), Size(XmrChartPng.Render(result, "Falls per 1,000 bed days", "falls", width: 600, height: 300)));
    }

    [Fact]
    public void Trial_limits_and_rebases_render()
    {
        var trial = XmrChart.Analyse(Series(5, 7, 6, 8), ImprovementDirection.Neutral);
        var rebased = XmrChart.Analyse(Series(Values), ImprovementDirection.Increase, new SpcOptions { RebaseAt = [Series(Values)[12].Period, Series(Values)[16].Period] });
        Assert.True(trial.TrialLimits);
        Assert.Equal(3, rebased.Segments.Count);

        var trialPng = XmrChartPng.Render(trial, "Trial", "count");
        var rebasedPng = XmrChartPng.Render(rebased, "Rebased", "count", target: 12);

        Assert.Equal(PngSignature, trialPng[..8]);
        Assert.Equal(PngSignature, rebasedPng[..8]);
        Assert.NotEqual(trialPng, rebasedPng);
    }

    [Fact]
    public void The_target_line_changes_the_picture()
    {
        var result = XmrChart.Analyse(Series(Values), ImprovementDirection.Increase);

        Assert.NotEqual(XmrChartPng.Render(result, "KPI", "%"), XmrChartPng.Render(result, "KPI", "%", target: 15));
    }
}
