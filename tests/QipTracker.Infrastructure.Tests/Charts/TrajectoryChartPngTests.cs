using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Charts;

public sealed class TrajectoryChartPngTests
{
    private const string CompletedGreen = "#007F3B";
    private static readonly DateOnly AsOf = new(2026, 10, 15);

    private static TrajectoryItem Item(string reference, PriorityClass priority, DateOnly due, DateOnly? completed = null) =>
        new(Guid.NewGuid(), reference, IsgId, "Unscheduled Care", priority, [new BaselineEntry(due, DateOnly.MinValue)],
            due, completed is null ? RootCauseStatus.InProgress : RootCauseStatus.Completed, completed);

    private static readonly Guid IsgId = Guid.NewGuid();

    // Month ends June–December with the as-of date mid-October: completed stops there, planned and forecast run on.
    private static TrajectoryReport Report(params TrajectoryItem[] items) =>
        Trajectory.Compute(items, AsOf, ReportingPeriods.MonthEnds(new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31)).Append(AsOf));

    private static TrajectoryReport Plan() => Report(
        Item("A", PriorityClass.MustDo, new DateOnly(2026, 7, 31), completed: new DateOnly(2026, 7, 20)),
        Item("B", PriorityClass.MustDo, new DateOnly(2026, 9, 30), completed: new DateOnly(2026, 10, 2)),
        Item("C", PriorityClass.MustDo, new DateOnly(2026, 11, 30)),
        Item("D", PriorityClass.ShouldDo, new DateOnly(2026, 8, 31)),
        Item("E", PriorityClass.ShouldDo, new DateOnly(2026, 12, 31)));

    [Fact]
    public void A_series_renders_as_a_png_of_the_default_size_with_its_completed_line()
    {
        var series = Plan().For(IsgId, PriorityClass.MustDo);

        var png = TrajectoryChartPng.Render(series, AsOf);

        Assert.Equal((900, 420), PngFile.Size(png));
        Assert.True(PngFile.PixelsOf(png, CompletedGreen) > 50);
    }

    [Fact]
    public void The_size_can_be_chosen()
    {
        var png = TrajectoryChartPng.Render(Plan().Total, AsOf, "Trajectory", width: 1200, height: 600);
        Assert.Equal((1200, 600), PngFile.Size(png));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrajectoryChartPng.Render(Plan().Total, AsOf, width: 50));
    }

    [Fact]
    public void An_empty_series_still_renders_a_chart()
    {
        var empty = Report().Total;
        Assert.All(empty.Points, p => Assert.Equal(0, p.Planned));
        Assert.Equal((900, 420), PngFile.Size(TrajectoryChartPng.Render(empty, AsOf)));

        var noPeriods = new TrajectorySeries(null, TrajectorySeries.All, null, 0, 0, null, 0, 0, []);
        Assert.Equal((900, 420), PngFile.Size(TrajectoryChartPng.Render(noPeriods, AsOf)));
    }

    [Fact]
    public void Periods_after_the_as_of_date_have_no_completed_line()
    {
        var early = new DateOnly(2026, 6, 15);
        var series = Trajectory.Compute([Item("A", PriorityClass.MustDo, new DateOnly(2026, 8, 31))], early,
            ReportingPeriods.MonthEnds(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30))).Total;
        Assert.All(series.Points, p => Assert.Null(p.Completed));

        var png = TrajectoryChartPng.Render(series, early);

        Assert.Equal(0, PngFile.PixelsOf(png, CompletedGreen));
    }

    [Fact]
    public void Must_do_and_should_do_share_one_chart_when_they_come_from_one_report()
    {
        var report = Plan();
        var png = TrajectoryChartPng.Render(
            [("Must Do", report.For(null, PriorityClass.MustDo)), ("Should Do", report.For(null, PriorityClass.ShouldDo))],
            AsOf, "Must Do and Should Do root causes — all ISGs");
        Assert.Equal((900, 420), PngFile.Size(png));

        var other = Trajectory.Compute([], AsOf, [AsOf]).Total;
        Assert.Throws<ArgumentException>(() => TrajectoryChartPng.Render([("A", report.Total), ("B", other)], AsOf, "Mismatch"));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var series = Plan().Total;
        Assert.Equal(TrajectoryChartPng.Render(series, AsOf), TrajectoryChartPng.Render(series, AsOf));
    }

    [Fact]
    public void Month_ends_read_as_months_and_other_dates_as_days()
    {
        // As GetTrajectory builds them: month ends with the as-of date among them.
        Assert.Equal(["Sep 26", "15 Oct", "Oct 26", "Nov 26"],
            TrajectoryChartPng.PeriodLabels([new(2026, 9, 30), new(2026, 10, 15), new(2026, 10, 31), new(2026, 11, 30)]));
        // Sprint ends: days throughout, even for one that falls on a month's last day.
        Assert.Equal(["17 Oct", "31 Oct", "14 Nov"],
            TrajectoryChartPng.PeriodLabels([new(2026, 10, 17), new(2026, 10, 31), new(2026, 11, 14)]));
    }

    [Fact]
    public void The_title_names_the_priority_class_and_the_isg()
    {
        var report = Plan();
        Assert.Equal("Must Do root causes — Unscheduled Care", TrajectoryChartPng.Title(report.For(IsgId, PriorityClass.MustDo)));
        Assert.Equal("Root causes — all ISGs", TrajectoryChartPng.Title(report.Total));
    }
}
