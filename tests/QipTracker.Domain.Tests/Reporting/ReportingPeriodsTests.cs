using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Sprints;
using static QipTracker.Domain.Tests.Reporting.TrajectoryData;

namespace QipTracker.Domain.Tests.Reporting;

public sealed class ReportingPeriodsTests
{
    [Fact]
    public void Month_ends_run_from_the_first_month_to_a_mid_month_as_of_date_which_ends_the_last_period()
    {
        Assert.Equal([On(1, 31), On(2, 28), On(3, 31), On(4, 15)], ReportingPeriods.MonthEnds(On(1, 10), On(4, 15)));
    }

    [Fact]
    public void An_as_of_date_on_a_month_end_is_not_repeated()
    {
        Assert.Equal([On(1, 31), On(2, 28), On(3, 31)], ReportingPeriods.MonthEnds(On(1, 1), On(3, 31)));
    }

    [Fact]
    public void Month_ends_cross_the_year_end_and_know_leap_years()
    {
        Assert.Equal([On(11, 30, 2027), On(12, 31, 2027), On(1, 31, 2028), On(2, 29, 2028), On(3, 1, 2028)],
            ReportingPeriods.MonthEnds(On(11, 30, 2027), On(3, 1, 2028)));
    }

    [Fact]
    public void A_single_day_is_a_single_period()
    {
        Assert.Equal([On(3, 31)], ReportingPeriods.MonthEnds(On(3, 31), On(3, 31)));
        Assert.Equal([On(3, 12)], ReportingPeriods.MonthEnds(On(3, 12), On(3, 12)));
    }

    [Fact]
    public void Periods_cannot_end_before_they_start()
    {
        Assert.Throws<DomainException>(() => ReportingPeriods.MonthEnds(On(4, 1), On(3, 31)));
    }

    [Theory]
    [InlineData(1, 15, 1, 31)]
    [InlineData(2, 1, 2, 28)]
    [InlineData(3, 31, 3, 31)]
    [InlineData(10, 25, 10, 31)]
    public void The_month_end_of_a_date(int month, int day, int endMonth, int endDay)
    {
        Assert.Equal(On(endMonth, endDay), ReportingPeriods.MonthEnd(On(month, day)));
    }

    [Fact]
    public void Sprint_ends_run_to_the_as_of_date_which_ends_the_last_period_when_it_falls_mid_sprint()
    {
        var calendar = new SprintCalendar(ReportingCadence.Fortnightly, On(3, 2));

        Assert.Equal([On(3, 15), On(3, 29), On(4, 1)], ReportingPeriods.SprintEnds(calendar, On(4, 1)));
        Assert.Equal([On(3, 15), On(3, 29)], ReportingPeriods.SprintEnds(calendar, On(3, 29)));
        Assert.Empty(ReportingPeriods.SprintEnds(calendar, On(3, 1)));
    }

    [Fact]
    public void A_trajectory_by_sprint_end_counts_work_due_on_a_sprints_last_day_in_that_sprint()
    {
        var calendar = new SprintCalendar(ReportingCadence.Fortnightly, On(3, 2));
        var ends = ReportingPeriods.SprintEnds(calendar, On(4, 12));

        var report = Trajectory.Compute(
            [Item(On(3, 15), completedOn: On(3, 15)), Item(On(3, 16)), Item(On(4, 12), completedOn: On(3, 30))], On(4, 12), ends);

        Assert.Equal([1, 2, 3], report.Total.Points.Select(p => p.Planned));
        Assert.Equal([1, 1, 2], report.Total.Points.Select(p => p.Completed!.Value));
        Assert.Equal([100.0m, 50.0m, 66.7m], report.Total.Points.Select(p => p.Percent!.Value));
    }
}
