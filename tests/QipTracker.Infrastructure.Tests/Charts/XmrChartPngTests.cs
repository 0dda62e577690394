using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Charts;

public sealed class XmrChartPngTests
{
    private static IReadOnlyList<SpcInputPoint> Series(params decimal[] values) =>
        values.Select((v, i) => new SpcInputPoint($"{2024 + i / 12}-{i % 12 + 1:00}", v)).ToList();

    // 13, 10, 7, 10 three times, then a shift above the mean and a point beyond the upper limit:
    // common cause, improvement and (for a decrease KPI) concern points all appear.
    private static readonly decimal[] Values = [13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10, 11, 12, 11, 12, 11, 12, 11, 18];

    [Fact]
    public void A_chart_is_a_png_of_the_default_size()
    {
        var result = XmrChart.Analyse(Series(Values), ImprovementDirection.Increase, new SpcOptions { FixAfter = 12, Target = 15 });

        var png = XmrChartPng.Render(result, "ED 4-hour performance", "%");

        Assert.Equal((900, 420), PngFile.Size(png));
    }

    [Fact]
    public void The_size_can_be_chosen()
    {
        var result = XmrChart.Analyse(Series(Values), ImprovementDirection.Decrease);

        Assert.Equal((600, 300), PngFile.Size(XmrChartPng.Render(result, "Falls per 1,000 bed days", "falls", width: 600, height: 300)));
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

        Assert.Equal((900, 420), PngFile.Size(trialPng));
        Assert.Equal((900, 420), PngFile.Size(rebasedPng));
        Assert.NotEqual(trialPng, rebasedPng);
    }

    [Fact]
    public void Points_are_coloured_by_their_variation_and_the_target_is_red()
    {
        // Increase: the shift and the 18 are improvement (blue); decrease: the same points are concern (orange).
        var increase = XmrChartPng.Render(XmrChart.Analyse(Series(Values), ImprovementDirection.Increase, new SpcOptions { FixAfter = 12 }), "KPI", "%");
        var decrease = XmrChartPng.Render(XmrChart.Analyse(Series(Values), ImprovementDirection.Decrease, new SpcOptions { FixAfter = 12, Target = 15 }), "KPI", "%");

        Assert.True(PngFile.PixelsOf(increase, "#289DE0") > 100);
        Assert.Equal(0, PngFile.PixelsOf(increase, "#ED8B00"));
        Assert.Equal(0, PngFile.PixelsOf(increase, "#DA291C"));
        Assert.True(PngFile.PixelsOf(decrease, "#ED8B00") > 100);
        Assert.Equal(0, PngFile.PixelsOf(decrease, "#289DE0"));
        Assert.True(PngFile.PixelsOf(decrease, "#DA291C") > 100);
    }
}
