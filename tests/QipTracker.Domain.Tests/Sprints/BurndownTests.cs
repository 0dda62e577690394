using QipTracker.Domain.Sprints;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

/// <summary>Sprint 3: 14 days, 30 March (day 1) – 12 April (day 14) 2026.</summary>
public sealed class BurndownTests
{
    private static readonly DateOnly Start = Sprint3.StartsOn, End = Sprint3.EndsOn;

    /// <summary>
    /// Seven committed items and two added mid-sprint, worked by hand:
    /// day 1 B delivered; day 3 A delivered; day 4 H added; day 6 C removed; day 7 F and G delivered;
    /// day 8 I added; day 10 H delivered; day 14 E delivered. D and I are never delivered.
    /// </summary>
    private static readonly BurndownItem[] Fortnight =
    [
        new(true, Start, DeliveredOn: On(4, 1)),  // A
        new(true, Start, DeliveredOn: On(3, 30)), // B
        new(true, Start, RemovedOn: On(4, 4)),    // C
        new(true, Start),                         // D
        new(true, Start, DeliveredOn: On(4, 12)), // E
        new(true, Start, DeliveredOn: On(4, 5)),  // F
        new(true, Start, DeliveredOn: On(4, 5)),  // G
        new(false, On(4, 2), DeliveredOn: On(4, 8)), // H
        new(false, On(4, 6)),                     // I
    ];

    [Fact]
    public void Remaining_items_at_the_end_of_each_day_follow_deliveries_additions_and_removals()
    {
        var chart = Burndown.Compute(Start, End, Fortnight, today: End);

        Assert.Equal(7, chart.Committed);
        Assert.Equal(End, chart.ActualThrough);
        Assert.Equal(Enumerable.Range(0, 14).Select(Start.AddDays), chart.Days.Select(d => d.Date));
        Assert.Equal(Enumerable.Range(1, 14), chart.Days.Select(d => d.Day));
        Assert.Equal([6, 6, 5, 6, 6, 5, 3, 4, 4, 3, 3, 3, 3, 2], chart.Days.Select(d => d.Remaining!.Value));
        Assert.Equal([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], chart.Days.Select(d => d.Added!.Value));
        Assert.Equal([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], chart.Days.Select(d => d.Removed!.Value));
        Assert.Equal([1, 0, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 1], chart.Days.Select(d => d.Delivered!.Value));
    }

    [Fact]
    public void The_ideal_line_falls_evenly_from_the_committed_scope_to_zero_on_the_last_day()
    {
        var chart = Burndown.Compute(Start, End, Fortnight, today: End);

        Assert.Equal([6.5m, 6m, 5.5m, 5m, 4.5m, 4m, 3.5m, 3m, 2.5m, 2m, 1.5m, 1m, 0.5m, 0m], chart.Days.Select(d => d.Ideal));
    }

    [Fact]
    public void Mid_sprint_additions_do_not_raise_the_ideal_line()
    {
        var chart = Burndown.Compute(Start, End, [new(true, Start), new(false, On(4, 1)), new(false, On(4, 1))], today: End);

        Assert.Equal(1, chart.Committed);
        Assert.Equal(1m * 13 / 14, chart.Days[0].Ideal);
        Assert.Equal(0m, chart.Days[^1].Ideal);
        Assert.Equal(3, chart.Days[2].Remaining);
    }

    [Fact]
    public void The_actual_line_stops_at_today_inside_the_sprint()
    {
        var chart = Burndown.Compute(Start, End, Fortnight, today: On(4, 6));

        Assert.Equal(On(4, 6), chart.ActualThrough);
        Assert.Equal([6, 6, 5, 6, 6, 5, 3, 4], chart.Days.Take(8).Select(d => d.Remaining!.Value));
        Assert.All(chart.Days.Skip(8), d =>
        {
            Assert.Null(d.Remaining);
            Assert.Null(d.Added);
            Assert.Null(d.Removed);
            Assert.Null(d.Delivered);
        });
        Assert.Equal(0m, chart.Days[^1].Ideal);
    }

    [Fact]
    public void Before_the_sprint_starts_there_is_only_the_ideal_line()
    {
        var chart = Burndown.Compute(Start, End, Fortnight, today: On(3, 29));

        Assert.Null(chart.ActualThrough);
        Assert.All(chart.Days, d => Assert.Null(d.Remaining));
        Assert.Equal(6.5m, chart.Days[0].Ideal);
    }

    [Fact]
    public void After_the_sprint_ends_the_actual_line_covers_every_day()
    {
        var chart = Burndown.Compute(Start, End, Fortnight, today: On(5, 1));

        Assert.Equal(End, chart.ActualThrough);
        Assert.Equal(2, chart.Days[^1].Remaining);
    }

    [Fact]
    public void An_item_delivered_on_the_first_day_is_not_remaining_at_the_end_of_it()
    {
        var chart = Burndown.Compute(Start, End, [new(true, Start, DeliveredOn: Start)], today: End);

        Assert.Equal(0, chart.Days[0].Remaining);
        Assert.Equal(1, chart.Days[0].Delivered);
    }

    [Fact]
    public void An_item_delivered_after_the_last_day_remains_to_the_end()
    {
        var chart = Burndown.Compute(Start, End, [new(true, Start, DeliveredOn: On(4, 13))], today: End);

        Assert.All(chart.Days, d => Assert.Equal(1, d.Remaining));
        Assert.All(chart.Days, d => Assert.Equal(0, d.Delivered));
    }

    [Fact]
    public void Removed_and_delivered_the_same_day_counts_as_removed_once()
    {
        var chart = Burndown.Compute(Start, End, [new(true, Start, RemovedOn: On(4, 2), DeliveredOn: On(4, 2))], today: End);

        Assert.Equal(1, chart.Days.Sum(d => d.Removed));
        Assert.Equal(0, chart.Days.Sum(d => d.Delivered));
        Assert.Equal(0, chart.Days[3].Remaining);
    }

    [Fact]
    public void Delivered_before_being_removed_counts_as_delivered_not_removed()
    {
        var chart = Burndown.Compute(Start, End, [new(true, Start, RemovedOn: On(4, 5), DeliveredOn: On(4, 2))], today: End);

        Assert.Equal(1, chart.Days[3].Delivered);
        Assert.Equal(0, chart.Days.Sum(d => d.Removed));
    }

    [Fact]
    public void A_delivery_dated_before_the_item_was_added_counts_on_the_day_it_was_added()
    {
        var chart = Burndown.Compute(Start, End, [new(false, On(4, 3), DeliveredOn: On(4, 1))], today: End);

        Assert.Equal(1, chart.Days[4].Added);
        Assert.Equal(1, chart.Days[4].Delivered);
        Assert.All(chart.Days, d => Assert.Equal(0, d.Remaining));
    }

    [Fact]
    public void A_single_day_sprint_burns_straight_to_zero()
    {
        var chart = Burndown.Compute(Start, Start, [new(true, Start), new(true, Start)], today: End);

        Assert.Equal(0m, chart.Days.Single().Ideal);
        Assert.Equal(2, chart.Days.Single().Remaining);
    }

    [Fact]
    public void An_empty_sprint_is_flat_at_zero()
    {
        var chart = Burndown.Compute(Start, End, [], today: End);

        Assert.Equal(0, chart.Committed);
        Assert.All(chart.Days, d => Assert.Equal((0, 0m), (d.Remaining!.Value, d.Ideal)));
    }

    // --- from a sprint ---

    [Fact]
    public void An_active_sprints_burndown_uses_the_deliveries_as_they_stand_and_stops_at_today()
    {
        var a = RootCause("RC-1", On(4, 1));
        var b = Action("RC-1", On(4, 3));
        var c = RootCause("RC-2", On(4, 10));
        var sprint = Active(a, b, c);
        sprint.RemoveFromScope(ScopeItemKind.RootCause, c.ItemId, On(4, 2));

        var chart = Burndown.For(sprint, [Delivered(a, On(3, 31)), Delivered(c, On(4, 3))], today: On(4, 3));

        Assert.Equal(3, chart.Committed);
        Assert.Equal([3, 2, 2, 1], chart.Days.Take(4).Select(d => d.Remaining));
        Assert.Equal(1, chart.Days[3].Removed);
        Assert.Equal(0, chart.Days[4].Delivered ?? 0); // c's delivery after removal is not this sprint's
        Assert.Null(chart.Days[5].Remaining);
    }

    [Fact]
    public void A_closed_sprints_burndown_uses_what_was_recorded_at_close()
    {
        var a = RootCause("RC-1", On(4, 1));
        var b = RootCause("RC-2", On(4, 3));
        var sprint = Active(a, b);
        sprint.Close([Delivered(a, On(4, 1))], At(On(4, 12)), On(4, 12));

        // Later deliveries (b on 14 April, in the next sprint) do not rewrite a closed sprint.
        var chart = Burndown.For(sprint, [Delivered(b, On(4, 14))], today: On(5, 1));

        Assert.Equal([2, 2, 1], chart.Days.Take(3).Select(d => d.Remaining));
        Assert.Equal(1, chart.Days[^1].Remaining);
    }

    [Fact]
    public void A_burndown_can_count_root_causes_only()
    {
        var a = RootCause("RC-1", On(4, 1));
        var sprint = Active(a, Action("RC-1", On(4, 3)), Action("RC-1", On(4, 4)));

        var chart = Burndown.For(sprint, [], On(4, 1), only: ScopeItemKind.RootCause);

        Assert.Equal(1, chart.Committed);
    }

    [Fact]
    public void A_planned_sprint_has_no_actual_line()
    {
        var chart = Burndown.For(Planned(), [], On(4, 3));

        Assert.Null(chart.ActualThrough);
        Assert.All(chart.Days, d => Assert.Null(d.Remaining));
    }

    [Fact]
    public void A_sprint_closed_early_plots_nothing_after_the_day_it_closed()
    {
        var a = RootCause("RC-1", On(4, 5));
        var b = RootCause("RC-2", On(4, 10));
        var sprint = Active(a, b);
        sprint.Close([Delivered(a, On(4, 1))], At(On(4, 8)), On(4, 8), "ISG re-planned", byChairOrPmo: true);

        // Looked at later, even after its last day, the days it did not run have no actual figures.
        var chart = Burndown.For(sprint, [], today: On(4, 20));

        Assert.Equal(On(4, 8), chart.ActualThrough);
        Assert.Equal([2, 2, 1, 1, 1, 1, 1, 1, 1, 1], chart.Days.Take(10).Select(d => d.Remaining!.Value));
        Assert.All(chart.Days.Where(d => d.Date > On(4, 8)), d => Assert.Null(d.Remaining));
        Assert.Equal(0m, chart.Days[^1].Ideal);
    }

    [Fact]
    public void A_sprint_that_ran_its_length_plots_every_day_once_it_has_ended()
    {
        var sprint = Active(RootCause("RC-1", On(4, 5)));
        sprint.Close([], At(On(4, 13)), On(4, 13));

        var chart = Burndown.For(sprint, [], today: On(4, 20));

        Assert.Equal(End, chart.ActualThrough);
        Assert.All(chart.Days, d => Assert.Equal(1, d.Remaining));
    }
}
