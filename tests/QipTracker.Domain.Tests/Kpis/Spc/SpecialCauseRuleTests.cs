using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Kpis.ImprovementDirection;
using static QipTracker.Domain.Tests.Kpis.Spc.SpcData;

namespace QipTracker.Domain.Tests.Kpis.Spc;

/// <summary>
/// Each rule against the baseline's fixed limits (mean 10, UPL 17.98, LPL 2.02, 2σ lines 15.32
/// and 4.68; see <see cref="SpcData.Baseline"/>): the tails are built so only the rule under test fires.
/// </summary>
public sealed class SpecialCauseRuleTests
{
    [Fact]
    public void The_baseline_alone_is_common_cause()
    {
        var result = AfterBaseline(Increase);

        Assert.All(result.Points, p => Assert.Equal((SpcPointType.CommonCause, SpcRules.None, SpcSide.None), (p.Type, p.Rules, p.Side)));
    }

    [Fact]
    public void A_point_above_the_upper_process_limit_is_high_special_cause()
    {
        var result = AfterBaseline(Increase, 18); // 18 > 17.98

        var point = result.Points[T(0)];
        Assert.Equal((SpcRules.BeyondLimit, SpcRules.None), (point.HighRules, point.LowRules));
        Assert.Equal([T(0)], result.Marked(SpcRules.BeyondLimit));
    }

    [Fact]
    public void A_point_below_the_lower_process_limit_is_low_special_cause()
    {
        var point = AfterBaseline(Increase, 2).Points[T(0)]; // 2 < 2.02

        Assert.Equal((SpcRules.None, SpcRules.BeyondLimit), (point.HighRules, point.LowRules));
    }

    [Theory]
    [InlineData(17.98)]
    [InlineData(2.02)]
    public void A_point_exactly_on_a_process_limit_is_not_beyond_it(decimal value)
    {
        Assert.Equal(SpcRules.None, AfterBaseline(Increase, value).Points[T(0)].Rules);
    }

    [Fact]
    public void A_point_beyond_a_limit_computed_from_the_whole_series_is_special_cause()
    {
        // Baseline then 10, 13, 10, 7 once more, then 40 (17 points, limits from all of them):
        // mean = (160 + 40) ÷ 17 ≈ 11.76; ranges fifteen 3s and |40 − 10| = 30 → 75 ÷ 16 = 4.6875;
        // UPL ≈ 11.76 + 2.66 × 4.6875 ≈ 11.76 + 12.47 = 24.23, well below 40.
        var result = Analyse(Increase, SpcOptions.Default, [.. Baseline, 13, 10, 7, 10, 40]);

        Assert.Equal(200m / 17m, result.Segments[0].Mean);
        Assert.Equal(4.6875m, result.Segments[0].MeanMovingRange);
        Assert.Equal([16], result.Marked(SpcRules.BeyondLimit));
        Assert.Equal(SpcPointType.SpecialCauseImprovement, result.Points[16].Type);
    }

    [Fact]
    public void Seven_points_above_the_mean_are_a_shift_and_every_one_is_marked()
    {
        var result = AfterBaseline(Increase, 11, 12, 11, 12, 11, 12, 11);

        Assert.Equal(Range(T(0), 7), result.Marked(SpcRules.Shift));
        Assert.All(result.Points.Skip(T(0)), p => Assert.Equal((SpcRules.Shift, SpcRules.None), (p.HighRules, p.LowRules)));
    }

    [Fact]
    public void Six_points_above_the_mean_are_not_a_shift()
    {
        Assert.Empty(AfterBaseline(Increase, 11, 12, 11, 12, 11, 12).Marked(SpcRules.Shift));
    }

    [Fact]
    public void Seven_points_below_the_mean_are_a_low_shift()
    {
        var result = AfterBaseline(Increase, 9, 8, 9, 8, 9, 8, 9);

        Assert.Equal(Range(T(0), 7), result.Marked(SpcRules.Shift));
        Assert.All(result.Points.Skip(T(0)), p => Assert.Equal(SpcRules.Shift, p.LowRules));
    }

    [Fact]
    public void A_point_exactly_on_the_mean_breaks_a_shift()
    {
        // Three above, one on the mean (10), four above: no run of seven.
        Assert.Empty(AfterBaseline(Increase, 11, 12, 11, 10, 12, 11, 12, 11).Marked(SpcRules.Shift));
        // The same with 11 for the 10: eight in a row.
        Assert.Equal(Range(T(0), 8), AfterBaseline(Increase, 11, 12, 11, 11, 12, 11, 12, 11).Marked(SpcRules.Shift));
    }

    [Fact]
    public void The_shift_length_can_be_set()
    {
        var result = AfterBaseline(new SpcOptions { ShiftLength = 3 }, 11, 12, 11, 10);

        Assert.Equal(Range(T(0), 3), result.Marked(SpcRules.Shift));
    }

    [Fact]
    public void Seven_points_each_higher_than_the_one_before_are_a_rising_trend_marked_high_even_below_the_mean()
    {
        // 10 → 5 falls, then 5, 6, 7, 8, 9, 11, 12 rise: seven points, five of them below the mean.
        var result = AfterBaseline(Increase, 5, 6, 7, 8, 9, 11, 12);

        Assert.Equal(Range(T(0), 7), result.Marked(SpcRules.Trend));
        Assert.All(result.Points.Skip(T(0)), p => Assert.Equal((SpcRules.Trend, SpcRules.None), (p.HighRules, p.LowRules)));
        Assert.Empty(result.Marked(SpcRules.Shift)); // five below the mean, then two above
    }

    [Fact]
    public void Six_rising_points_are_not_a_trend()
    {
        Assert.Empty(AfterBaseline(Increase, 5, 6, 7, 8, 9, 11).Marked(SpcRules.Trend));
    }

    [Fact]
    public void Seven_points_each_lower_than_the_one_before_are_a_falling_trend_marked_low()
    {
        // 10 → 15 rises, then 15, 14, 13, 12, 11, 9, 8 fall (15 is just inside the 2σ line).
        var result = AfterBaseline(Increase, 15, 14, 13, 12, 11, 9, 8);

        Assert.Equal(Range(T(0), 7), result.Marked(SpcRules.Trend));
        Assert.All(result.Points.Skip(T(0)), p => Assert.Equal((SpcRules.None, SpcRules.Trend), (p.HighRules, p.LowRules)));
    }

    [Fact]
    public void A_tie_breaks_a_trend()
    {
        // 5, 6, 7 | 7, 8, 9, 11, 12: runs of three and five rising points.
        Assert.Empty(AfterBaseline(Increase, 5, 6, 7, 7, 8, 9, 11, 12).Marked(SpcRules.Trend));
    }

    [Fact]
    public void The_trend_length_can_be_set()
    {
        var result = AfterBaseline(new SpcOptions { TrendLength = 3 }, 5, 6, 7);

        Assert.Superset(Range(T(0), 3).ToHashSet(), result.Marked(SpcRules.Trend).ToHashSet());
    }

    [Fact]
    public void Two_of_three_points_beyond_the_upper_two_sigma_line_mark_those_two_but_not_the_one_between()
    {
        // 16, 11, 16: two of the three above 15.32; the 11 is not marked.
        var result = AfterBaseline(Increase, 16, 11, 16);

        Assert.Equal([T(0), T(2)], result.Marked(SpcRules.TwoOfThree));
        Assert.All(new[] { T(0), T(2) }, i => Assert.Equal(SpcRules.TwoOfThree, result.Points[i].HighRules));
        Assert.Equal(SpcPointType.CommonCause, result.Points[T(1)].Type);
    }

    [Fact]
    public void Three_of_three_beyond_the_two_sigma_line_are_all_marked()
    {
        Assert.Equal(Range(T(0), 3), AfterBaseline(Increase, 16, 16, 16).Marked(SpcRules.TwoOfThree));
    }

    [Fact]
    public void A_point_beyond_the_process_limit_counts_as_beyond_the_two_sigma_line()
    {
        // 19 is beyond the UPL (17.98) and so beyond 15.32 too; with 16 it makes two of three.
        var result = AfterBaseline(Increase, 19, 11, 16);

        Assert.Equal([T(0), T(2)], result.Marked(SpcRules.TwoOfThree));
        Assert.Equal(SpcRules.BeyondLimit | SpcRules.TwoOfThree, result.Points[T(0)].HighRules);
    }

    [Fact]
    public void Two_of_three_below_the_lower_two_sigma_line_are_low_special_cause()
    {
        var result = AfterBaseline(Increase, 4, 11, 3); // 4 and 3 below 4.68

        Assert.Equal([T(0), T(2)], result.Marked(SpcRules.TwoOfThree));
        Assert.All(new[] { T(0), T(2) }, i => Assert.Equal(SpcRules.TwoOfThree, result.Points[i].LowRules));
    }

    [Fact]
    public void Two_beyond_the_two_sigma_line_but_not_within_three_points_or_on_opposite_sides_do_not_count()
    {
        Assert.Empty(AfterBaseline(Increase, 16, 11, 11, 16).Marked(SpcRules.TwoOfThree)); // four points apart
        Assert.Empty(AfterBaseline(Increase, 16, 4, 11).Marked(SpcRules.TwoOfThree));      // one above, one below
    }

    [Fact]
    public void A_point_exactly_on_the_two_sigma_line_is_not_beyond_it()
    {
        Assert.Empty(AfterBaseline(Increase, 15.32m, 11, 16).Marked(SpcRules.TwoOfThree));
    }
}
