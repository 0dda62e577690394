using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Kpis.ImprovementDirection;
using static QipTracker.Domain.Kpis.Spc.AssuranceIcon;
using static QipTracker.Domain.Tests.Kpis.Spc.SpcData;

namespace QipTracker.Domain.Tests.Kpis.Spc;

public sealed class IconTests
{
    [Theory]
    [InlineData(Increase, 18, VariationIcon.ImprovementHigh)]
    [InlineData(Increase, 2, VariationIcon.ConcernLow)]
    [InlineData(Decrease, 2, VariationIcon.ImprovementLow)]
    [InlineData(Decrease, 18, VariationIcon.ConcernHigh)]
    [InlineData(Neutral, 18, VariationIcon.NeutralHigh)]
    [InlineData(Neutral, 2, VariationIcon.NeutralLow)]
    [InlineData(Increase, 11, VariationIcon.CommonCause)]
    [InlineData(Neutral, 11, VariationIcon.CommonCause)]
    public void The_variation_icon_is_read_from_the_last_point(ImprovementDirection direction, int last, VariationIcon icon)
    {
        Assert.Equal(icon, AfterBaseline(direction, last).Variation);
    }

    [Fact]
    public void Special_cause_earlier_in_the_series_does_not_set_the_variation_icon()
    {
        Assert.Equal(VariationIcon.CommonCause, AfterBaseline(Increase, 18, 11).Variation);
    }

    [Fact]
    public void The_variation_icon_of_a_trend_follows_its_direction_not_the_side_of_the_mean()
    {
        // The last point of 5, 6, 7, 8, 9, 11, 12 is above the mean either way; the last of 15 … 8 is below it.
        Assert.Equal(VariationIcon.ImprovementHigh, AfterBaseline(Increase, 5, 6, 7, 8, 9, 11, 12).Variation);
        Assert.Equal(VariationIcon.ImprovementLow, AfterBaseline(Decrease, 15, 14, 13, 12, 11, 9, 8).Variation);
        Assert.Equal(VariationIcon.ConcernLow, AfterBaseline(Increase, 15, 14, 13, 12, 11, 9, 8).Variation);
    }

    // The baseline alone: LPL 2.02, UPL 17.98.
    [Theory]
    [InlineData(Increase, 20, ConsistentlyFails)]    // target above the UPL: the process cannot reach it
    [InlineData(Increase, 1, ConsistentlyPasses)]    // target below the LPL: every point will beat it
    [InlineData(Increase, 10, HitAndMiss)]
    [InlineData(Decrease, 20, ConsistentlyPasses)]   // lower is better: above the UPL, always under it
    [InlineData(Decrease, 1, ConsistentlyFails)]
    [InlineData(Decrease, 10, HitAndMiss)]
    [InlineData(Neutral, 20, None)]                  // neither side of a target passes
    [InlineData(Neutral, 10, None)]
    public void The_assurance_icon_compares_the_target_with_the_process_limits(ImprovementDirection direction, int target, AssuranceIcon icon)
    {
        var result = XmrChart.Analyse(Series(Baseline), direction, new SpcOptions { Target = target });

        Assert.Equal(icon, result.Assurance);
        Assert.Equal<decimal?>(target, result.Target);
    }

    [Theory]
    [InlineData(Increase, 17.98)]
    [InlineData(Increase, 2.02)]
    [InlineData(Decrease, 17.98)]
    [InlineData(Decrease, 2.02)]
    public void A_target_exactly_on_a_limit_is_hit_and_miss(ImprovementDirection direction, decimal target)
    {
        Assert.Equal(HitAndMiss, XmrChart.Analyse(Series(Baseline), direction, new SpcOptions { Target = target }).Assurance);
    }

    [Fact]
    public void Without_a_target_there_is_no_assurance_icon()
    {
        foreach (var direction in Enum.GetValues<ImprovementDirection>())
            Assert.Equal(None, XmrChart.Analyse(Series(Baseline), direction).Assurance);
    }

    [Fact]
    public void Assurance_is_read_from_the_last_segments_limits()
    {
        // Rebased at M07: 10, 12 … (mean 11, limits 5.68–16.32), then 20, 22 … (mean 21, limits 15.68–26.32).
        // A target of 15 is between the first limits but below the last: higher is better, so it is consistently passed.
        var result = XmrChart.Analyse(Series(10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22), Increase,
            new SpcOptions { Target = 15, RebaseAt = ["M07"] });

        Assert.Equal(ConsistentlyPasses, result.Assurance);
    }
}
