using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Kpis.ImprovementDirection;
using static QipTracker.Domain.Kpis.Spc.SpcPointType;
using static QipTracker.Domain.Tests.Kpis.Spc.SpcData;

namespace QipTracker.Domain.Tests.Kpis.Spc;

/// <summary>What special cause means depends on which way the KPI should move.</summary>
public sealed class DirectionTests
{
    [Theory]
    [InlineData(Increase, 18, SpecialCauseImprovement, SpcSide.High)]
    [InlineData(Increase, 2, SpecialCauseConcern, SpcSide.Low)]
    [InlineData(Decrease, 18, SpecialCauseConcern, SpcSide.High)]
    [InlineData(Decrease, 2, SpecialCauseImprovement, SpcSide.Low)]
    [InlineData(Neutral, 18, SpecialCauseNeutral, SpcSide.High)]
    [InlineData(Neutral, 2, SpecialCauseNeutral, SpcSide.Low)]
    public void A_point_beyond_a_limit_is_improvement_concern_or_neutral_by_the_kpis_direction(ImprovementDirection direction, int value, SpcPointType type, SpcSide side)
    {
        var point = AfterBaseline(direction, value).Points[T(0)];

        Assert.Equal((type, side), (point.Type, point.Side));
    }

    [Theory]
    [InlineData(Increase, SpecialCauseImprovement)]
    [InlineData(Decrease, SpecialCauseConcern)]
    [InlineData(Neutral, SpecialCauseNeutral)]
    public void A_rising_trend_is_the_high_side_even_where_its_points_are_below_the_mean(ImprovementDirection direction, SpcPointType type)
    {
        var result = AfterBaseline(direction, 5, 6, 7, 8, 9, 11, 12);

        Assert.All(result.Points.Skip(T(0)), p => Assert.Equal((type, SpcSide.High), (p.Type, p.Side)));
    }

    [Theory]
    [InlineData(Increase, SpecialCauseConcern)]
    [InlineData(Decrease, SpecialCauseImprovement)]
    [InlineData(Neutral, SpecialCauseNeutral)]
    public void A_falling_trend_is_the_low_side_even_where_its_points_are_above_the_mean(ImprovementDirection direction, SpcPointType type)
    {
        var result = AfterBaseline(direction, 15, 14, 13, 12, 11, 9, 8);

        Assert.All(result.Points.Skip(T(0)), p => Assert.Equal((type, SpcSide.Low), (p.Type, p.Side)));
    }

    // 9, 5, 6, 7, 8, 9, 9.5, 11 after the baseline: the first seven are below the mean (a low shift, T0–T6)
    // and the last seven rise (a high trend, T1–T7); T1–T6 are caught on both sides.
    private static readonly decimal[] ShiftThenTrend = [9, 5, 6, 7, 8, 9, 9.5m, 11];

    [Fact]
    public void The_low_shift_and_the_rising_trend_overlap_as_constructed()
    {
        var result = AfterBaseline(Increase, ShiftThenTrend);

        Assert.Equal(Range(T(0), 7), result.Points.Where(p => p.LowRules == SpcRules.Shift).Select(p => p.Index));
        Assert.Equal(Range(T(1), 7), result.Points.Where(p => p.HighRules == SpcRules.Trend).Select(p => p.Index));
    }

    [Theory]
    [InlineData(Increase, SpcSide.High)]
    [InlineData(Decrease, SpcSide.Low)]
    public void A_point_caught_on_both_sides_is_an_improvement(ImprovementDirection direction, SpcSide improvingSide)
    {
        var result = AfterBaseline(direction, ShiftThenTrend);

        Assert.All(Range(T(1), 6), i => Assert.Equal((SpecialCauseImprovement, improvingSide), (result.Points[i].Type, result.Points[i].Side)));
    }

    [Fact]
    public void Either_side_of_the_overlap_each_point_takes_the_one_rule_that_caught_it()
    {
        var increase = AfterBaseline(Increase, ShiftThenTrend);
        var decrease = AfterBaseline(Decrease, ShiftThenTrend);

        Assert.Equal((SpecialCauseConcern, SpecialCauseImprovement), (increase.Points[T(0)].Type, increase.Points[T(7)].Type));
        Assert.Equal((SpecialCauseImprovement, SpecialCauseConcern), (decrease.Points[T(0)].Type, decrease.Points[T(7)].Type));
    }

    [Fact]
    public void For_a_neutral_kpi_a_point_caught_on_both_sides_takes_the_side_of_the_mean_it_is_on()
    {
        var result = AfterBaseline(Neutral, ShiftThenTrend);

        Assert.All(Range(T(1), 6), i => Assert.Equal((SpecialCauseNeutral, SpcSide.Low), (result.Points[i].Type, result.Points[i].Side))); // all below 10
        Assert.Equal(SpcSide.Low, result.Points[T(0)].Side);
        Assert.Equal(SpcSide.High, result.Points[T(7)].Side);
    }

    [Fact]
    public void Common_cause_points_have_no_side_in_any_direction()
    {
        foreach (var direction in Enum.GetValues<ImprovementDirection>())
            Assert.All(AfterBaseline(direction).Points, p => Assert.Equal((CommonCause, SpcSide.None), (p.Type, p.Side)));
    }
}
