using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Kpis.ImprovementDirection;
using static QipTracker.Domain.Tests.Kpis.Spc.SpcData;

namespace QipTracker.Domain.Tests.Kpis.Spc;

public sealed class RebaseTests
{
    // A step change after six months: 10, 12 alternating, then 20, 22 alternating.
    private static readonly decimal[] StepChange = [10, 12, 10, 12, 10, 12, 20, 22, 20, 22, 20, 22];

    [Fact]
    public void Each_segment_after_a_rebase_has_its_own_mean_and_limits()
    {
        // M01–M06: mean 11, ranges 2 → UPL 16.32, LPL 5.68. M07–M12: mean 21, ranges 2 → UPL 26.32, LPL 15.68.
        var result = Analyse(Increase, new SpcOptions { RebaseAt = ["M07"] }, StepChange);

        Assert.Equal([(0, 6), (6, 6)], result.Segments.Select(s => (s.Start, s.Count)));
        Assert.All(result.Points.Take(6), p => Assert.Equal((11m, 5.68m, 16.32m, 0), (p.Mean, p.Lpl, p.Upl, p.Segment)));
        Assert.All(result.Points.Skip(6), p => Assert.Equal((21m, 15.68m, 26.32m, 1), (p.Mean, p.Lpl, p.Upl, p.Segment)));
        Assert.Equal([6], result.Points.Where(p => p.IsRebasePoint).Select(p => p.Index));
    }

    [Fact]
    public void A_moving_range_does_not_span_a_rebase()
    {
        var rebased = Analyse(Increase, new SpcOptions { RebaseAt = ["M07"] }, StepChange);
        var whole = Analyse(Increase, SpcOptions.Default, StepChange);

        Assert.Null(rebased.Points[6].MovingRange);
        Assert.Equal(2m, rebased.Segments[1].MeanMovingRange); // the jump of 8 is in neither segment
        Assert.Equal(8m, whole.Points[6].MovingRange);
        Assert.Equal(28m / 11m, whole.Segments[0].MeanMovingRange); // ten 2s and the 8
    }

    [Fact]
    public void Rebasing_after_a_step_change_makes_the_new_level_common_cause()
    {
        // Without the rebase: mean 16, mean range 28 ÷ 11 ≈ 2.55, 2σ lines ≈ 16 ± 4.51 = 11.49 and 20.51:
        // the 10s and the 22s come two in every three beyond them.
        var whole = Analyse(Increase, SpcOptions.Default, StepChange);
        var rebased = Analyse(Increase, new SpcOptions { RebaseAt = ["M07"] }, StepChange);

        Assert.Equal([0, 2, 4, 7, 9, 11], whole.Marked(SpcRules.TwoOfThree));
        Assert.All(rebased.Points, p => Assert.Equal(SpcPointType.CommonCause, p.Type));
    }

    [Fact]
    public void No_rule_looks_across_a_rebase()
    {
        // 1 … 8 rising is a trend of eight; rebased at M05 it is two runs of four.
        decimal[] rising = [1, 2, 3, 4, 5, 6, 7, 8];
        Assert.Equal(Range(0, 8), Analyse(Increase, SpcOptions.Default, rising).Marked(SpcRules.Trend));
        Assert.Empty(Analyse(Increase, new SpcOptions { RebaseAt = ["M05"] }, rising).Marked(SpcRules.Trend));
    }

    [Fact]
    public void Fixing_after_n_points_applies_to_each_segment()
    {
        // M01–M06 fixed on 10, 12, 10, 12 (mean 11, UPL 16.32): the 20s are beyond.
        // M07–M12 fixed on 30, 32, 30, 32 (mean 31, UPL 36.32): the 40s are beyond.
        var result = Analyse(Increase, new SpcOptions { FixAfter = 4, RebaseAt = ["M07"] }, 10, 12, 10, 12, 20, 20, 30, 32, 30, 32, 40, 40);

        Assert.Equal([4, 4], result.Segments.Select(s => s.BaselineCount));
        Assert.Equal([11m, 31m], result.Segments.Select(s => s.Mean));
        Assert.Equal([4, 5, 10, 11], result.Marked(SpcRules.BeyondLimit));
    }

    [Fact]
    public void Trial_limits_are_flagged_per_segment_and_the_result_follows_the_last()
    {
        // Twelve baseline points, then six after a rebase.
        var result = Analyse(Increase, new SpcOptions { RebaseAt = ["M13"] }, [.. Baseline, 20, 22, 20, 22, 20, 22]);

        Assert.Equal([false, true], result.Segments.Select(s => s.TrialLimits));
        Assert.True(result.TrialLimits);
    }

    [Fact]
    public void Several_rebases_in_any_order_split_the_series_in_time_order()
    {
        var result = Analyse(Increase, new SpcOptions { RebaseAt = ["M09", "M05", "M09"] }, Baseline);

        Assert.Equal([(0, 4), (4, 4), (8, 4)], result.Segments.Select(s => (s.Start, s.Count)));
        Assert.Equal([4, 8], result.Points.Where(p => p.IsRebasePoint).Select(p => p.Index));
    }

    [Fact]
    public void A_rebase_at_the_first_period_changes_nothing()
    {
        var rebased = Analyse(Increase, new SpcOptions { RebaseAt = ["M01"] }, StepChange);
        var whole = Analyse(Increase, SpcOptions.Default, StepChange);

        Assert.Equal(whole.Segments, rebased.Segments);
        Assert.DoesNotContain(rebased.Points, p => p.IsRebasePoint);
    }
}
