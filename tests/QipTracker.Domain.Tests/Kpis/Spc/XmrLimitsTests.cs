using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Kpis.ImprovementDirection;
using static QipTracker.Domain.Tests.Kpis.Spc.SpcData;

namespace QipTracker.Domain.Tests.Kpis.Spc;

public sealed class XmrLimitsTests
{
    [Fact]
    public void Centre_line_moving_ranges_process_limits_and_two_sigma_lines_follow_the_making_data_count_formulas()
    {
        // 10, 12, 11, 13, 14: mean = 60 ÷ 5 = 12; moving ranges 2, 1, 2, 1 → mean 6 ÷ 4 = 1.5;
        // limits 12 ± 2.66 × 1.5 = 12 ± 3.99; 2σ lines 12 ± ⅔ × 3.99 = 12 ± 2.66.
        var result = Analyse(Increase, SpcOptions.Default, 10, 12, 11, 13, 14);

        var segment = Assert.Single(result.Segments);
        Assert.Equal(12m, segment.Mean);
        Assert.Equal(1.5m, segment.MeanMovingRange);
        Assert.Equal([null, 2m, 1m, 2m, 1m], result.Points.Select(p => p.MovingRange));
        Assert.All(result.Points, p =>
        {
            Assert.Equal(12m, p.Mean);
            Assert.Equal(15.99m, p.Upl);
            Assert.Equal(8.01m, p.Lpl);
            Assert.Equal(14.66m, p.UpperTwoSigma);
            Assert.Equal(9.34m, p.LowerTwoSigma);
        });
    }

    [Fact]
    public void Nothing_is_rounded_or_clamped()
    {
        // 1, 2, 4: mean 7 ÷ 3, kept to decimal precision; moving ranges 1, 2 → 1.5.
        Assert.Equal(7m / 3m, Analyse(Increase, SpcOptions.Default, 1, 2, 4).Segments[0].Mean);

        // 0, 5, 0, 5: mean 2.5, mean moving range 5 → LPL = 2.5 − 13.3 = −10.8, though a count cannot be negative.
        Assert.Equal(-10.8m, Analyse(Decrease, SpcOptions.Default, 0, 5, 0, 5).Points[0].Lpl);
    }

    [Fact]
    public void A_flat_series_has_limits_on_the_mean_and_no_special_cause()
    {
        var result = Analyse(Increase, SpcOptions.Default, 4, 4, 4, 4, 4, 4, 4, 4);

        Assert.All(result.Points, p => Assert.Equal((4m, 4m, 4m), (p.Lpl, p.Mean, p.Upl)));
        Assert.All(result.Points, p => Assert.Equal(SpcPointType.CommonCause, p.Type)); // on the mean: no shift, ties: no trend
    }

    [Fact]
    public void Eleven_baseline_points_give_trial_limits_and_twelve_give_firm_ones()
    {
        // The first 11 of the baseline: 13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7 (mean 110 ÷ 11 = 10).
        var eleven = Analyse(Increase, SpcOptions.Default, Baseline[..11]);
        var twelve = Analyse(Increase, SpcOptions.Default, Baseline);

        Assert.True(eleven.TrialLimits);
        Assert.True(eleven.Segments[0].TrialLimits);
        Assert.False(twelve.TrialLimits);
        Assert.False(twelve.Segments[0].TrialLimits);
    }

    [Fact]
    public void Limits_fixed_after_eleven_points_are_trial_limits_however_long_the_series()
    {
        var result = Analyse(Increase, new SpcOptions { FixAfter = 11 }, [.. Baseline, .. Baseline]);

        Assert.Equal(11, result.Segments[0].BaselineCount);
        Assert.True(result.TrialLimits);
    }

    [Fact]
    public void Fixing_after_n_points_takes_the_limits_from_those_points_and_extends_them()
    {
        // Fixed after 4: 10, 12, 10, 12 → mean 11, ranges 2, 2, 2 → UPL = 11 + 5.32 = 16.32, so both 20s are beyond it.
        var fixedAfter4 = Analyse(Increase, new SpcOptions { FixAfter = 4 }, 10, 12, 10, 12, 20, 20);
        // Not fixed: mean 84 ÷ 6 = 14, ranges 2, 2, 2, 8, 0 → 14 ÷ 5 = 2.8, UPL = 14 + 7.448 = 21.448: nothing beyond.
        var all = Analyse(Increase, SpcOptions.Default, 10, 12, 10, 12, 20, 20);

        Assert.Equal((11m, 2m, 16.32m, 4), (fixedAfter4.Segments[0].Mean, fixedAfter4.Segments[0].MeanMovingRange, fixedAfter4.Points[5].Upl, fixedAfter4.Segments[0].BaselineCount));
        Assert.Equal([true, true, true, true, false, false], fixedAfter4.Points.Select(p => p.InBaseline));
        Assert.Equal([4, 5], fixedAfter4.Marked(SpcRules.BeyondLimit));
        Assert.Equal(8m, fixedAfter4.Points[4].MovingRange); // shown, though not in the limits

        Assert.Equal((14m, 2.8m, 21.448m), (all.Segments[0].Mean, all.Segments[0].MeanMovingRange, all.Points[5].Upl));
        Assert.Empty(all.Marked(SpcRules.BeyondLimit));
    }

    [Fact]
    public void Fixing_after_more_points_than_there_are_uses_them_all()
    {
        var result = Analyse(Increase, new SpcOptions { FixAfter = 100 }, 10, 12, 10, 12, 20, 20);

        Assert.Equal(6, result.Segments[0].BaselineCount);
        Assert.Equal(14m, result.Segments[0].Mean);
    }

    [Fact]
    public void Screening_is_off_by_default_and_when_on_leaves_out_moving_ranges_above_3_267_times_their_mean()
    {
        // 5, 6, 5, 6, 5, 6, 5, 22: mean 60 ÷ 8 = 7.5; ranges six 1s and a 17 → mean 23 ÷ 7 ≈ 3.29;
        // 3.267 × 23 ÷ 7 ≈ 10.73 < 17, so screening leaves out the 17 and the mean of the rest is 1.
        decimal[] values = [5, 6, 5, 6, 5, 6, 5, 22];
        var unscreened = Analyse(Increase, SpcOptions.Default, values).Segments[0];
        var screened = Analyse(Increase, new SpcOptions { ScreenOutliers = true }, values).Segments[0];

        Assert.Equal((7.5m, 23m / 7m, 0), (unscreened.Mean, unscreened.MeanMovingRange, unscreened.ScreenedOut));
        Assert.Equal((7.5m, 1m, 1), (screened.Mean, screened.MeanMovingRange, screened.ScreenedOut));
        Assert.Equal((10.16m, 4.84m), (screened.Upl, screened.Lpl));
    }

    [Fact]
    public void A_moving_range_exactly_3_267_times_the_mean_is_kept_and_one_just_above_is_screened_out()
    {
        // 0, 0.733, 0, 0.733, 10.534: ranges 0.733 × 3 and 9.801, total 12 → mean 3; 3.267 × 3 = 9.801: kept.
        var onTheLine = Analyse(Increase, new SpcOptions { ScreenOutliers = true }, 0, 0.733m, 0, 0.733m, 10.534m).Segments[0];
        // ... 10.535: range 9.802, mean 12.001 ÷ 4 = 3.00025; 3.267 × 3.00025 = 9.80181675 < 9.802: left out.
        var above = Analyse(Increase, new SpcOptions { ScreenOutliers = true }, 0, 0.733m, 0, 0.733m, 10.535m).Segments[0];

        Assert.Equal((3m, 0), (onTheLine.MeanMovingRange, onTheLine.ScreenedOut));
        Assert.Equal((0.733m, 1), (above.MeanMovingRange, above.ScreenedOut));
    }

    [Fact]
    public void Screening_looks_only_at_the_baseline_when_limits_are_fixed()
    {
        // Fixed after 4 (10, 12, 10, 12: ranges 2, 2, 2): the 30 after it cannot be screened, nor move the limits.
        var result = Analyse(Increase, new SpcOptions { FixAfter = 4, ScreenOutliers = true }, 10, 12, 10, 12, 30);

        Assert.Equal((2m, 0), (result.Segments[0].MeanMovingRange, result.Segments[0].ScreenedOut));
    }
}
