using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Kpis.ImprovementDirection;
using static QipTracker.Domain.Tests.Kpis.Spc.SpcData;

namespace QipTracker.Domain.Tests.Kpis.Spc;

public sealed class ValidationTests
{
    private static string Refused(IReadOnlyList<SpcInputPoint> series, SpcOptions? options = null, ImprovementDirection direction = Increase) =>
        Assert.Throws<DomainException>(() => XmrChart.Analyse(series, direction, options)).Message;

    [Fact]
    public void Fewer_than_two_points_are_refused()
    {
        Assert.Equal("An XmR chart needs at least 2 points; there are none.", Refused([]));
        Assert.Equal("An XmR chart needs at least 2 points; there is 1.", Refused(Series(5)));
    }

    [Fact]
    public void Two_points_are_enough()
    {
        var result = XmrChart.Analyse(Series(5, 7), Increase);

        Assert.Equal((6m, 2m, true), (result.Segments[0].Mean, result.Segments[0].MeanMovingRange, result.TrialLimits));
    }

    [Fact]
    public void A_rebase_period_not_in_the_series_is_refused()
    {
        Assert.Equal("The rebase period 'M99' is not in the series.", Refused(Series(Baseline), new SpcOptions { RebaseAt = ["M99"] }));
    }

    [Theory]
    [InlineData("M12", "M12")] // the last point alone
    [InlineData("M02", "M01")] // the first point alone
    [InlineData("M05,M06", "M05")] // a point alone between two rebases
    public void A_rebase_leaving_a_segment_of_one_point_is_refused(string rebase, string lonePeriod)
    {
        var message = Refused(Series(Baseline), new SpcOptions { RebaseAt = rebase.Split(',') });

        Assert.StartsWith($"The segment starting at '{lonePeriod}' has only 1 point", message);
    }

    [Theory]
    [InlineData(1, null, null, "A shift needs a run of at least 2 points, not 1.")]
    [InlineData(7, 0, null, "A trend needs a run of at least 2 points, not 0.")]
    [InlineData(7, 7, 1, "Limits need at least 2 points to be fixed after, not 1.")]
    public void Run_lengths_and_fix_after_below_two_are_refused(int shift, int? trend, int? fixAfter, string message)
    {
        var options = new SpcOptions { ShiftLength = shift, TrendLength = trend ?? 7, FixAfter = fixAfter };

        Assert.Equal(message, Refused(Series(Baseline), options));
    }

    [Fact]
    public void Periods_must_be_present_and_unique()
    {
        Assert.Equal("Point 2 has no period.", Refused([new("2024-01", 1), new(" ", 2)]));
        Assert.Equal("The period '2024-01' appears more than once.", Refused([new("2024-01", 1), new("2024-02", 2), new("2024-01", 3)]));
    }

    [Fact]
    public void An_unknown_direction_is_refused()
    {
        Assert.Equal("'7' is not an improvement direction.", Refused(Series(Baseline), direction: (ImprovementDirection)7));
    }

    [Fact]
    public void Without_options_the_defaults_apply()
    {
        Assert.Equal(XmrChart.Analyse(Series(Baseline), Increase, SpcOptions.Default).Segments, XmrChart.Analyse(Series(Baseline), Increase).Segments);
        Assert.Equal((7, 7, false, null), (SpcOptions.Default.ShiftLength, SpcOptions.Default.TrendLength, SpcOptions.Default.ScreenOutliers, SpcOptions.Default.FixAfter));
    }
}
