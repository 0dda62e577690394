using QipTracker.Domain.Reporting;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Plans;
using static QipTracker.Domain.Tests.Reporting.TrajectoryData;

namespace QipTracker.Domain.Tests.Reporting;

/// <summary>
/// British Summer Time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026. The trajectory
/// works in calendar dates, so a clock change cannot move work between months — provided the event's
/// instant is turned into a London date before it gets here, which the last tests show matters.
/// </summary>
public sealed class ClockChangeTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateOnly LondonDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public void Work_completed_and_due_on_the_last_day_of_a_clock_change_month_counts_in_that_month(int month)
    {
        var monthEnd = On(month, 31);
        var ends = ReportingPeriods.MonthEnds(On(month, 1), On(month + 1, 30));

        var report = Trajectory.Compute([Item(monthEnd, completedOn: monthEnd), Item(On(month + 1, 1), completedOn: On(month + 1, 1))], On(month + 1, 30), ends);

        Assert.Equal([monthEnd, On(month + 1, 30)], report.PeriodEnds);
        Assert.Equal([1, 2], report.Total.Points.Select(p => p.Planned));
        Assert.Equal([1, 2], report.Total.Points.Select(p => p.Completed!.Value));
        Assert.Equal([1, 1], report.Total.Points.Select(p => p.CompletedInPeriod!.Value));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public void Month_ends_around_a_clock_change_are_the_calendar_month_ends(int month)
    {
        Assert.Equal([On(month - 1, 28 + (month == 3 ? 0 : 2)), On(month, 31), On(month + 1, 30)],
            ReportingPeriods.MonthEnds(On(month - 1, 1), On(month + 1, 30)));
    }

    [Fact]
    public void Half_past_eleven_at_night_on_31_march_in_summer_time_is_still_march()
    {
        var completedAt = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(On(3, 31), LondonDate(completedAt));
        var report = Trajectory.Compute([Item(On(3, 31), completedOn: LondonDate(completedAt))], On(4, 30), [On(3, 31), On(4, 30)]);
        Assert.Equal([1, 1], report.Total.Points.Select(p => p.Completed!.Value));
    }

    [Fact]
    public void Half_past_midnight_on_1_april_in_summer_time_is_april_though_it_is_still_31_march_in_utc()
    {
        var completedAt = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero); // 00:30 BST on 1 April

        Assert.Equal(On(3, 31), DateOnly.FromDateTime(completedAt.UtcDateTime)); // the naive date would count it in March
        Assert.Equal(On(4, 1), LondonDate(completedAt));
        var report = Trajectory.Compute([Item(On(3, 31), completedOn: LondonDate(completedAt))], On(4, 30), [On(3, 31), On(4, 30)]);
        Assert.Equal([0, 1], report.Total.Points.Select(p => p.Completed!.Value));
    }

    [Fact]
    public void Half_past_eleven_at_night_on_31_october_after_the_clocks_go_back_is_october()
    {
        var completedAt = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero); // GMT again since 25 October

        Assert.Equal(On(10, 31), LondonDate(completedAt));
        var report = Trajectory.Compute([Item(On(10, 31), completedOn: LondonDate(completedAt))], On(11, 30), [On(10, 31), On(11, 30)]);
        Assert.Equal([1, 1], report.Total.Points.Select(p => p.Completed!.Value));
    }

    [Fact]
    public void A_sprint_spanning_the_march_clock_change_reports_at_its_own_last_day()
    {
        var calendar = new SprintCalendar(ReportingCadence.Fortnightly, On(3, 16));
        var ends = ReportingPeriods.SprintEnds(calendar, On(4, 12));

        var report = Trajectory.Compute([Item(On(3, 29), completedOn: On(3, 29)), Item(On(3, 30))], On(4, 12), ends);

        Assert.Equal([On(3, 29), On(4, 12)], report.PeriodEnds);
        Assert.Equal([1, 2], report.Total.Points.Select(p => p.Planned));
        Assert.Equal([1, 1], report.Total.Points.Select(p => p.Completed!.Value));
    }
}
