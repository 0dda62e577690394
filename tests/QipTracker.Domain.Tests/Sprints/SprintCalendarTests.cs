using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

public sealed class SprintCalendarTests
{
    private static readonly SprintCalendar Fortnightly = new(ReportingCadence.Fortnightly, On(3, 2));

    [Fact]
    public void Fortnightly_sprints_are_fourteen_days_back_to_back()
    {
        Assert.Equal(new SprintPeriod(1, On(3, 2), On(3, 15)), Fortnightly.Sprint(1));
        Assert.Equal(new SprintPeriod(2, On(3, 16), On(3, 29)), Fortnightly.Sprint(2));
        Assert.Equal(new SprintPeriod(3, On(3, 30), On(4, 12)), Fortnightly.Sprint(3));
        Assert.Equal(new SprintPeriod(26, On(2, 15, 2027), On(2, 28, 2027)), Fortnightly.Sprint(26));
        Assert.All(Enumerable.Range(1, 30).Select(Fortnightly.Sprint), s => Assert.Equal(14, s.Days));
    }

    [Theory]
    [InlineData(3, 29)]  // clocks go forward on Sunday 29 March 2026
    [InlineData(10, 25)] // and back on Sunday 25 October 2026
    public void A_fortnightly_sprint_spanning_a_clock_change_is_still_fourteen_days(int month, int day)
    {
        var sprint = Fortnightly.Containing(On(month, day))!;

        Assert.Equal(14, sprint.Days);
        Assert.True(sprint.Contains(On(month, day)));
        Assert.Equal(sprint.EndsOn.AddDays(1), Fortnightly.Sprint(sprint.Number + 1).StartsOn);
    }

    [Fact]
    public void A_monthly_calendar_starting_mid_month_runs_to_that_month_end_then_whole_months()
    {
        var monthly = new SprintCalendar(ReportingCadence.Monthly, On(11, 18));

        Assert.Equal(new SprintPeriod(1, On(11, 18), On(11, 30)), monthly.Sprint(1));
        Assert.Equal(new SprintPeriod(2, On(12, 1), On(12, 31)), monthly.Sprint(2));
        Assert.Equal(new SprintPeriod(3, On(1, 1, 2027), On(1, 31, 2027)), monthly.Sprint(3));
        Assert.Equal(new SprintPeriod(4, On(2, 1, 2027), On(2, 28, 2027)), monthly.Sprint(4));
        Assert.Equal(new SprintPeriod(5, On(3, 1, 2027), On(3, 31, 2027)), monthly.Sprint(5));
    }

    [Fact]
    public void A_monthly_calendar_starting_on_the_first_has_a_whole_first_month_and_knows_leap_years()
    {
        var monthly = new SprintCalendar(ReportingCadence.Monthly, On(1, 1, 2028));

        Assert.Equal(new SprintPeriod(1, On(1, 1, 2028), On(1, 31, 2028)), monthly.Sprint(1));
        Assert.Equal(new SprintPeriod(2, On(2, 1, 2028), On(2, 29, 2028)), monthly.Sprint(2));
    }

    [Fact]
    public void A_monthly_calendar_starting_on_a_month_end_has_a_one_day_first_sprint()
    {
        var monthly = new SprintCalendar(ReportingCadence.Monthly, On(1, 31));

        Assert.Equal(new SprintPeriod(1, On(1, 31), On(1, 31)), monthly.Sprint(1));
        Assert.Equal(new SprintPeriod(2, On(2, 1), On(2, 28)), monthly.Sprint(2));
    }

    [Fact]
    public void The_sprint_containing_a_date_includes_its_first_and_last_days()
    {
        Assert.Equal(1, Fortnightly.Containing(On(3, 2))!.Number);
        Assert.Equal(1, Fortnightly.Containing(On(3, 15))!.Number);
        Assert.Equal(2, Fortnightly.Containing(On(3, 16))!.Number);
        Assert.Equal(3, Fortnightly.Containing(On(4, 12))!.Number);
        Assert.Equal(4, Fortnightly.Containing(On(4, 13))!.Number);

        var monthly = new SprintCalendar(ReportingCadence.Monthly, On(11, 18));
        Assert.Equal(1, monthly.Containing(On(11, 18))!.Number);
        Assert.Equal(1, monthly.Containing(On(11, 30))!.Number);
        Assert.Equal(2, monthly.Containing(On(12, 1))!.Number);
        Assert.Equal(14, monthly.Containing(On(12, 31, 2027))!.Number);
    }

    [Fact]
    public void No_sprint_contains_a_date_before_the_calendar_starts()
    {
        Assert.Null(Fortnightly.Containing(On(3, 1)));
        Assert.Null(new SprintCalendar(ReportingCadence.Monthly, On(11, 18)).Containing(On(11, 17)));
    }

    [Fact]
    public void The_next_sprints_start_with_the_one_in_progress()
    {
        var next = Fortnightly.Upcoming(On(4, 1), 3);

        Assert.Equal([3, 4, 5], next.Select(s => s.Number));
        Assert.Equal(On(5, 10), next[^1].EndsOn);
    }

    [Fact]
    public void Before_the_calendar_starts_the_next_sprints_are_the_first_ones()
    {
        Assert.Equal([1, 2], Fortnightly.Upcoming(On(1, 1), 2).Select(s => s.Number));
        Assert.Empty(Fortnightly.Upcoming(On(4, 1), 0));
        Assert.Throws<DomainException>(() => Fortnightly.Upcoming(On(4, 1), -1));
    }

    [Fact]
    public void Sprints_through_a_date_run_from_the_first_to_the_one_containing_it()
    {
        Assert.Equal([1, 2, 3], Fortnightly.Through(On(3, 30)).Select(s => s.Number));
        Assert.Empty(Fortnightly.Through(On(2, 1)));
    }

    [Fact]
    public void A_calendar_restarted_after_a_cadence_change_continues_the_numbering()
    {
        var isg = new ImprovementSteeringGroup(Plan.Trust, "Well-led", ReportingCadence.Monthly);
        var monthly = SprintCalendar.For(isg, On(5, 1), firstNumber: 6);

        Assert.Equal(new SprintPeriod(6, On(5, 1), On(5, 31)), monthly.Sprint(6));
        Assert.Equal(7, monthly.Containing(On(6, 15))!.Number);
        Assert.Throws<DomainException>(() => monthly.Sprint(5));
        Assert.Throws<DomainException>(() => new SprintCalendar(ReportingCadence.Monthly, On(5, 1), firstNumber: 0));
    }

    [Fact]
    public void A_sprint_period_cannot_end_before_it_starts_and_is_numbered_from_one()
    {
        Assert.Throws<DomainException>(() => new SprintPeriod(1, On(3, 2), On(3, 1)));
        Assert.Throws<DomainException>(() => new SprintPeriod(0, On(3, 2), On(3, 15)));
        Assert.Equal(1, new SprintPeriod(1, On(3, 2), On(3, 2)).Days);
    }
}
