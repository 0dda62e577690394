using QipTracker.Domain.Reporting;

namespace QipTracker.Domain.Tests.Reporting;

public sealed class TrajectoryPercentTests
{
    [Theory]
    [InlineData(30, 40, "75.0")]  // DOMAIN.md's example
    [InlineData(0, 40, "0.0")]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 8, "12.5")]
    [InlineData(199, 200, "99.5")]
    [InlineData(1999, 2000, "100.0")] // 99.95 rounds up to 100.0
    [InlineData(40, 40, "100.0")]
    public void Percent_is_completed_over_planned_to_one_decimal_place(int completed, int planned, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TrajectoryPercent.Of(completed, planned));
    }

    [Theory]
    [InlineData(1, 16, "6.3")]  // 6.25: banker's rounding would give 6.2
    [InlineData(1, 80, "1.3")]  // 1.25 → 1.3, not 1.2
    [InlineData(49, 400, "12.3")] // 12.25 → 12.3
    [InlineData(3, 16, "18.8")] // 18.75 → 18.8
    public void Midpoints_round_away_from_zero(int completed, int planned, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TrajectoryPercent.Of(completed, planned));
    }

    [Fact]
    public void Ahead_of_trajectory_is_shown_as_it_is_never_capped()
    {
        Assert.Equal(112.5m, TrajectoryPercent.Of(45, 40));
        Assert.Equal(111.8m, TrajectoryPercent.Of(19, 17)); // the paper's "Workforce completed 19 of 17" once read 100.0%
        Assert.Equal("111.8", TrajectoryPercent.Format(TrajectoryPercent.Of(19, 17)));
    }

    [Theory]
    [InlineData(19, 17, TrajectoryStanding.Ahead, "ahead of trajectory")]
    [InlineData(17, 17, TrajectoryStanding.On, "on trajectory")]
    [InlineData(1999, 2000, TrajectoryStanding.Behind, "behind trajectory")] // rounds to 100.0% but is one short
    [InlineData(3, 0, TrajectoryStanding.NothingPlanned, "nothing planned yet")]
    public void Standing_is_read_from_the_counts_not_the_rounded_percentage(int completed, int planned, TrajectoryStanding standing, string words)
    {
        Assert.Equal(standing, TrajectoryPercent.Standing(completed, planned));
        Assert.Equal(words, TrajectoryPercent.Words(standing));
        Assert.Equal(standing is TrajectoryStanding.On or TrajectoryStanding.Ahead, TrajectoryPercent.IsOnTrajectory(completed, planned));
    }

    [Fact]
    public void Nothing_planned_yet_has_no_percentage_even_with_early_completions()
    {
        Assert.Null(TrajectoryPercent.Of(0, 0));
        Assert.Null(TrajectoryPercent.Of(3, 0));
        Assert.Equal("n/a", TrajectoryPercent.Format(null));
    }

    [Fact]
    public void Percentages_print_with_one_decimal_place_whatever_the_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            Assert.Equal("75.0", TrajectoryPercent.Format(TrajectoryPercent.Of(30, 40)));
            Assert.Equal("100.0", TrajectoryPercent.Format(100m));
            Assert.Equal("6.3", TrajectoryPercent.Format(TrajectoryPercent.Of(1, 16)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Negative_counts_are_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrajectoryPercent.Of(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrajectoryPercent.Of(1, -4));
    }
}
