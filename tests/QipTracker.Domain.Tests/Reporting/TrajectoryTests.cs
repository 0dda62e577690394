using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using static QipTracker.Domain.Tests.Reporting.TrajectoryData;

namespace QipTracker.Domain.Tests.Reporting;

public sealed class TrajectoryTests
{
    private static TrajectoryReport Compute(DateOnly asOf, IEnumerable<TrajectoryItem> items, IEnumerable<DateOnly>? ends = null) =>
        Trajectory.Compute(items, asOf, ends ?? FirstQuarter);

    /// <summary>
    /// The first quarter of 2026, worked by hand.
    /// Women's &amp; Children's, Must Do: 10 due 31 Jan (6 done 20 Jan, 4 done 31 Jan); 15 due 15 Feb (12 done
    /// 27 Feb); 15 due 31 Mar (6 done 31 Mar); 5 due 30 Apr (2 done early, 10 Mar).
    /// Women's &amp; Children's, Should Do: 10 due 15 Mar (9 done 20 Mar).
    /// Well-led, Should Do: 4 due 28 Feb (1 done 28 Feb, 1 done 2 Mar).
    /// </summary>
    private static List<TrajectoryItem> FirstQuarterPlan() =>
    [
        .. Many(6, () => Item(On(1, 31), completedOn: On(1, 20))),
        .. Many(4, () => Item(On(1, 31), completedOn: On(1, 31))),
        .. Many(12, () => Item(On(2, 15), completedOn: On(2, 27))),
        .. Many(3, () => Item(On(2, 15))),
        .. Many(6, () => Item(On(3, 31), completedOn: On(3, 31))),
        .. Many(9, () => Item(On(3, 31))),
        .. Many(2, () => Item(On(4, 30), completedOn: On(3, 10))),
        .. Many(3, () => Item(On(4, 30))),
        .. Many(9, () => Item(On(3, 15), PriorityClass.ShouldDo, completedOn: On(3, 20))),
        .. Many(1, () => Item(On(3, 15), PriorityClass.ShouldDo)),
        .. Many(1, () => Item(On(2, 28), PriorityClass.ShouldDo, completedOn: On(2, 28), isg: WellLed)),
        .. Many(1, () => Item(On(2, 28), PriorityClass.ShouldDo, completedOn: On(3, 2), isg: WellLed)),
        .. Many(2, () => Item(On(2, 28), PriorityClass.ShouldDo, isg: WellLed)),
    ];

    private static void AssertPoints(TrajectorySeries series, int[] planned, int?[] completed, decimal?[] percent)
    {
        Assert.Equal(planned, series.Points.Select(p => p.Planned));
        Assert.Equal(completed, series.Points.Select(p => p.Completed));
        Assert.Equal(percent, series.Points.Select(p => p.Percent));
    }

    [Fact]
    public void Thirty_must_do_completed_against_forty_planned_is_seventy_five_percent_of_trajectory()
    {
        var report = Compute(On(3, 31), FirstQuarterPlan());

        var mustDo = report.For(Womens, PriorityClass.MustDo);
        Assert.Equal((40, 30, 75.0m), (mustDo.PlannedToDate, mustDo.CompletedToDate, mustDo.PercentToDate));
        Assert.Equal("Women's & Children's", mustDo.Isg);
        Assert.Equal("MustDo", mustDo.PriorityLabel);
        AssertPoints(mustDo, [10, 25, 40], [10, 22, 30], [100.0m, 88.0m, 75.0m]);
    }

    [Fact]
    public void Each_isg_and_priority_class_has_its_own_line_and_the_totals_add_them_up()
    {
        var report = Compute(On(3, 31), FirstQuarterPlan());

        AssertPoints(report.For(Womens, PriorityClass.ShouldDo), [0, 0, 10], [0, 0, 9], [null, null, 90.0m]);
        AssertPoints(report.For(Womens, null), [10, 25, 50], [10, 22, 39], [100.0m, 88.0m, 78.0m]);
        AssertPoints(report.For(WellLed, PriorityClass.MustDo), [0, 0, 0], [0, 0, 0], [null, null, null]);
        AssertPoints(report.For(WellLed, PriorityClass.ShouldDo), [0, 4, 4], [0, 1, 2], [null, 25.0m, 50.0m]);
        AssertPoints(report.For(WellLed, null), [0, 4, 4], [0, 1, 2], [null, 25.0m, 50.0m]);
        AssertPoints(report.For(null, PriorityClass.MustDo), [10, 25, 40], [10, 22, 30], [100.0m, 88.0m, 75.0m]);
        // 11 of 14 = 78.571… → 78.6
        AssertPoints(report.For(null, PriorityClass.ShouldDo), [0, 4, 14], [0, 1, 11], [null, 25.0m, 78.6m]);
        // 23 of 29 = 79.31… → 79.3; 41 of 54 = 75.925… → 75.9
        AssertPoints(report.Total, [10, 29, 54], [10, 23, 41], [100.0m, 79.3m, 75.9m]);
        Assert.Equal((54, 41, 75.9m), (report.Total.PlannedToDate, report.Total.CompletedToDate, report.Total.PercentToDate));
    }

    [Fact]
    public void Series_come_per_isg_by_name_then_priority_totals_then_the_grand_total()
    {
        var report = Compute(On(3, 31), FirstQuarterPlan());

        Assert.Equal(
        [
            ("Well-led", "MustDo"), ("Well-led", "ShouldDo"), ("Well-led", "All"),
            ("Women's & Children's", "MustDo"), ("Women's & Children's", "ShouldDo"), ("Women's & Children's", "All"),
            ("All", "MustDo"), ("All", "ShouldDo"), ("All", "All"),
        ], report.Series.Select(s => (s.Isg, s.PriorityLabel)));
        Assert.Null(report.Total.IsgId);
        Assert.Null(report.Total.Priority);
        Assert.Throws<KeyNotFoundException>(() => report.For(Guid.NewGuid(), null));
    }

    [Fact]
    public void In_period_figures_are_the_rise_since_the_previous_period_end()
    {
        var mustDo = Compute(On(3, 31), FirstQuarterPlan()).For(Womens, PriorityClass.MustDo);

        Assert.Equal([10, 15, 15], mustDo.Points.Select(p => p.PlannedInPeriod));
        Assert.Equal([10, 12, 8], mustDo.Points.Select(p => p.CompletedInPeriod!.Value));
    }

    [Fact]
    public void The_first_period_includes_everything_planned_and_completed_before_it()
    {
        var report = Compute(On(3, 31), [Item(On(11, 30, 2025), completedOn: On(12, 1, 2025))]);

        Assert.Equal((1, 1), (report.Total.Points[0].PlannedInPeriod, report.Total.Points[0].CompletedInPeriod!.Value));
    }

    // --- month boundaries ---

    [Fact]
    public void A_root_cause_due_on_a_months_last_day_is_planned_in_that_month()
    {
        var report = Compute(On(3, 31), [Item(On(1, 31)), Item(On(2, 1)), Item(On(2, 28)), Item(On(3, 31))]);

        Assert.Equal([1, 3, 4], report.Total.Points.Select(p => p.Planned));
        Assert.Equal([1, 2, 1], report.Total.Points.Select(p => p.PlannedInPeriod));
    }

    [Fact]
    public void A_root_cause_completed_on_a_months_last_day_counts_in_that_month()
    {
        var report = Compute(On(3, 31), [Item(On(3, 31), completedOn: On(1, 31)), Item(On(3, 31), completedOn: On(2, 1))]);

        Assert.Equal([1, 2, 2], report.Total.Points.Select(p => p.Completed!.Value));
    }

    // --- baseline history ---

    private static readonly BaselineEntry[] MovedToJune =
    [
        new(On(3, 31), On(1, 1)),
        new(On(6, 30), On(4, 15)), // approved by the ECIB mid-April
    ];

    [Fact]
    public void Before_a_rebaseline_takes_effect_the_old_baseline_places_the_root_cause()
    {
        var report = Compute(On(4, 14), [Item(On(6, 30), history: MovedToJune)], [On(3, 31), On(4, 14), On(6, 30)]);

        Assert.Equal([1, 1, 1], report.Total.Points.Select(p => p.Planned));
        Assert.Equal(1, report.Total.PlannedToDate);
        Assert.Equal(0.0m, report.Total.PercentToDate);
    }

    [Fact]
    public void From_the_day_a_rebaseline_takes_effect_the_new_baseline_places_the_root_cause_in_every_period()
    {
        var report = Compute(On(4, 15), [Item(On(6, 30), history: MovedToJune)], [On(3, 31), On(4, 15), On(6, 30)]);

        Assert.Equal([0, 0, 1], report.Total.Points.Select(p => p.Planned));
        Assert.Equal(0, report.Total.PlannedToDate);
        Assert.Null(report.Total.PercentToDate);
    }

    [Fact]
    public void A_baseline_brought_forward_mid_period_counts_in_the_earlier_period()
    {
        BaselineEntry[] history = [new(On(6, 30), On(1, 1)), new(On(4, 20), On(4, 10))];

        var report = Compute(On(4, 30), [Item(On(4, 20), history: history)], ReportingPeriods.MonthEnds(On(3, 1), On(6, 30)));

        Assert.Equal([0, 1, 1, 1], report.Total.Points.Select(p => p.Planned));
    }

    [Fact]
    public void When_no_baseline_has_taken_effect_yet_the_earliest_one_counts()
    {
        BaselineEntry[] history = [new(On(6, 30), On(4, 15)), new(On(3, 31), On(2, 1))];

        var report = Compute(On(1, 31), [Item(On(6, 30), history: history)], [On(1, 31), On(3, 31)]);

        Assert.Equal([0, 1], report.Total.Points.Select(p => p.Planned));
    }

    [Fact]
    public void Two_rebaselines_taking_effect_the_same_day_resolve_to_the_later_recorded()
    {
        var morning = new DateTimeOffset(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);
        BaselineEntry[] history =
        [
            new(On(3, 31), On(1, 1)),
            new(On(7, 31), On(4, 15), morning.AddHours(6)),
            new(On(5, 31), On(4, 15), morning),
        ];

        var item = Item(On(7, 31), history: history);

        Assert.Equal(On(7, 31), item.BaselineAsAt(On(4, 15)));
        Assert.Equal(On(3, 31), item.BaselineAsAt(On(4, 14)));
    }

    // --- reopened ---

    [Fact]
    public void A_reopened_root_cause_is_no_longer_completed_in_any_period_and_is_counted_as_reopened()
    {
        var rootCause = Plans.Plan.Assured(); // completed 20 May 2026, baseline 30 June
        var before = Trajectory.Compute([TrajectoryItem.From(rootCause, WomensName, [])], On(6, 30), [On(5, 31), On(6, 30)]);
        Assert.Equal([1, 1], before.Total.Points.Select(p => p.Completed!.Value));

        rootCause.Reopen("CTG audit fell to 71% in June.");
        var after = Trajectory.Compute([TrajectoryItem.From(rootCause, WomensName, [])], On(6, 30), [On(5, 31), On(6, 30)]);

        Assert.Equal([0, 0], after.Total.Points.Select(p => p.Completed!.Value));
        Assert.Equal((1, 0, 0.0m), (after.Total.PlannedToDate, after.Total.CompletedToDate, after.Total.PercentToDate));
        Assert.Equal(1, after.Total.Reopened);
    }

    [Fact]
    public void A_reopened_root_cause_completed_again_counts_from_its_new_completion_date()
    {
        var report = Compute(On(3, 31), [Item(On(1, 31), completedOn: On(3, 5), reopenCount: 1)]);

        Assert.Equal([0, 0, 1], report.Total.Points.Select(p => p.Completed!.Value));
        Assert.Equal(1, report.Total.Reopened);
    }

    [Fact]
    public void A_stale_completion_date_on_work_back_in_progress_is_ignored()
    {
        var report = Compute(On(3, 31), [Item(On(1, 31), completedOn: On(1, 20), status: RootCauseStatus.InProgress)]);

        Assert.Equal(0, report.Total.CompletedToDate);
    }

    [Theory]
    [InlineData(RootCauseStatus.Completed)]
    [InlineData(RootCauseStatus.Assured)]
    [InlineData(RootCauseStatus.Embedded)]
    public void Completed_assured_and_embedded_all_count_as_completed(RootCauseStatus status)
    {
        var report = Compute(On(3, 31), [Item(On(2, 28), completedOn: On(2, 10), status: status)]);

        Assert.Equal([0, 1, 1], report.Total.Points.Select(p => p.Completed!.Value));
    }

    [Theory]
    [InlineData(RootCauseStatus.NotStarted)]
    [InlineData(RootCauseStatus.InProgress)]
    public void Work_not_started_or_in_progress_is_not_completed(RootCauseStatus status)
    {
        Assert.Equal(0, Compute(On(3, 31), [Item(On(2, 28), status: status)]).Total.CompletedToDate);
    }

    // --- withdrawn ---

    [Fact]
    public void A_root_cause_withdrawn_by_the_as_of_date_drops_out_of_every_period()
    {
        TrajectoryItem[] items =
        [
            Item(On(2, 28), withdrawnOn: On(4, 10)),
            Item(On(2, 28), completedOn: On(2, 20), withdrawnOn: On(4, 10)), // merged into another after delivery
            Item(On(2, 28)),
        ];
        var ends = ReportingPeriods.MonthEnds(On(1, 1), On(4, 30));

        var report = Compute(On(4, 30), items, ends);

        Assert.Equal([0, 1, 1, 1], report.Total.Points.Select(p => p.Planned));
        Assert.Equal([0, 0, 0, 0], report.Total.Points.Select(p => p.Completed!.Value));
        Assert.Equal([0, 0, 0, 0], report.Total.Points.Select(p => p.Forecast));
        Assert.Equal(2, report.Total.Withdrawn);
        Assert.Equal(2, report.For(Womens, PriorityClass.MustDo).Withdrawn);
    }

    [Fact]
    public void A_report_as_at_a_date_before_the_withdrawal_still_counts_the_root_cause()
    {
        TrajectoryItem[] items = [Item(On(2, 28), withdrawnOn: On(4, 10)), Item(On(2, 28), completedOn: On(2, 20), withdrawnOn: On(4, 10))];

        var report = Compute(On(3, 31), items);

        Assert.Equal([0, 2, 2], report.Total.Points.Select(p => p.Planned));
        Assert.Equal([0, 1, 1], report.Total.Points.Select(p => p.Completed!.Value));
        Assert.Equal(50.0m, report.Total.PercentToDate);
        Assert.Equal(0, report.Total.Withdrawn);
    }

    [Fact]
    public void A_root_cause_withdrawn_on_the_as_of_date_is_already_out()
    {
        var report = Compute(On(3, 31), [Item(On(2, 28), withdrawnOn: On(3, 31))]);

        Assert.Equal(0, report.Total.PlannedToDate);
        Assert.Equal(1, report.Total.Withdrawn);
    }

    [Fact]
    public void An_isg_whose_root_causes_are_all_withdrawn_still_shows_with_nothing_planned()
    {
        var report = Compute(On(3, 31), [Item(On(2, 28), isg: WellLed, withdrawnOn: On(3, 1))]);

        var wellLed = report.For(WellLed, null);
        Assert.Equal((0, 0, (decimal?)null, 1), (wellLed.PlannedToDate, wellLed.CompletedToDate, wellLed.PercentToDate, wellLed.Withdrawn));
    }

    // --- the as-of date and future periods ---

    [Fact]
    public void Periods_after_the_as_of_date_have_a_plan_and_forecast_but_no_actual_yet()
    {
        var ends = ReportingPeriods.MonthEnds(On(1, 1), On(6, 30));

        var report = Compute(On(3, 15), [Item(On(2, 28), completedOn: On(2, 10)), Item(On(5, 31))], ends);

        var points = report.Total.Points;
        Assert.Equal([0, 1, 1, 1, 2, 2], points.Select(p => p.Planned));
        Assert.Equal([0, 1, null, null, null, null], points.Select(p => p.Completed));
        Assert.Equal([null, 100.0m, null, null, null, null], points.Select(p => p.Percent));
        Assert.Equal([0, 1, null, null, null, null], points.Select(p => p.CompletedInPeriod));
    }

    [Fact]
    public void To_date_figures_are_taken_on_the_as_of_date_itself_not_the_last_period_end()
    {
        var report = Compute(On(3, 15), [Item(On(3, 10), completedOn: On(3, 12)), Item(On(3, 14)), Item(On(3, 16))]);

        Assert.Equal((2, 1, 50.0m), (report.Total.PlannedToDate, report.Total.CompletedToDate, report.Total.PercentToDate));
    }

    [Fact]
    public void Work_completed_after_the_as_of_date_is_not_yet_completed_as_at_that_date()
    {
        var report = Compute(On(2, 28), [Item(On(2, 28), completedOn: On(3, 2), forecast: On(3, 1))], [On(2, 28), On(3, 31)]);

        Assert.Equal(0, report.Total.CompletedToDate);
        Assert.Equal([0, 1], report.Total.Points.Select(p => p.Forecast));
    }

    [Fact]
    public void Period_ends_are_put_in_order_once_each()
    {
        var report = Compute(On(3, 31), [Item(On(2, 28))], [On(3, 31), On(1, 31), On(3, 31), On(2, 28)]);

        Assert.Equal(FirstQuarter, report.PeriodEnds);
        Assert.Equal(FirstQuarter, report.Total.Points.Select(p => p.PeriodEnd));
    }

    [Fact]
    public void No_root_causes_gives_only_the_totals_with_nothing_planned()
    {
        var report = Compute(On(3, 31), []);

        Assert.Equal(3, report.Series.Count);
        Assert.All(report.Series, s => Assert.Null(s.PercentToDate));
    }

    // --- forecast ---

    [Fact]
    public void The_forecast_line_counts_delivered_work_by_completion_and_the_rest_by_forecast_date()
    {
        TrajectoryItem[] items =
        [
            Item(On(2, 28), completedOn: On(2, 10)),                 // done in February
            Item(On(3, 31), forecast: On(4, 20)),                    // forecast April
            Item(On(2, 28), forecast: On(2, 27)),                    // forecast already past: still to do, so after the as-of date
            Item(On(5, 31), forecast: On(6, 30)),                    // forecast June, a month late
            Item(On(3, 10), forecast: On(3, 25), completedOn: On(3, 20)), // done after the as-of date: as at 15 March, forecast 25 March
        ];
        var ends = ReportingPeriods.MonthEnds(On(1, 1), On(6, 30));

        var points = Compute(On(3, 15), items, ends).Total.Points;

        Assert.Equal([0, 2, 4, 4, 5, 5], points.Select(p => p.Planned));
        Assert.Equal([0, 1, 3, 4, 4, 5], points.Select(p => p.Forecast));
    }

    [Fact]
    public void Up_to_the_as_of_date_the_forecast_is_the_actual()
    {
        var report = Compute(On(3, 31), FirstQuarterPlan());

        Assert.All(report.Series.SelectMany(s => s.Points), p => Assert.Equal(p.Completed, p.Forecast));
    }

    // --- inputs ---

    [Fact]
    public void Priority_class_counts_as_it_is_now()
    {
        var report = Compute(On(3, 31), [Item(On(2, 28), PriorityClass.ShouldDo), Item(On(2, 28))]);

        Assert.Equal(1, report.For(null, PriorityClass.MustDo).PlannedToDate);
        Assert.Equal(1, report.For(null, PriorityClass.ShouldDo).PlannedToDate);
    }
}
