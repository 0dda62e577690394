using QipTracker.Domain.Common;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

/// <summary>Sprint 3 runs 30 March – 12 April 2026.</summary>
public sealed class SprintTests
{
    // --- planning ---

    [Fact]
    public void A_new_sprint_is_planned_over_its_period_with_no_scope()
    {
        var sprint = Planned();

        Assert.Equal(SprintState.Planned, sprint.State);
        Assert.Equal(3, sprint.Number);
        Assert.Equal(On(3, 30), sprint.StartsOn);
        Assert.Equal(On(4, 12), sprint.EndsOn);
        Assert.Equal(14, sprint.Days);
        Assert.Equal(Sprint3, sprint.Period);
        Assert.Empty(sprint.Scope);
        Assert.Null(sprint.StartedOn);
    }

    [Fact]
    public void A_sprint_needs_its_trust_and_isg()
    {
        Assert.Throws<DomainException>(() => new Sprint(Plan.Trust, Guid.Empty, Sprint3));
        Assert.Throws<DomainException>(() => new Sprint(Guid.Empty, Plan.Isg, Sprint3));
    }

    // --- the snapshot at start ---

    [Fact]
    public void Starting_snapshots_the_unfinished_items_due_within_the_sprint_including_its_first_and_last_days()
    {
        var first = RootCause("RC-1", On(3, 30));
        var last = RootCause("RC-2", On(4, 12));
        var action = Action("RC-2", On(4, 1));
        var dayAfter = RootCause("RC-3", On(4, 13));

        var sprint = Planned();
        sprint.Start([first, last, action, dayAfter], On(3, 30));

        Assert.Equal(SprintState.Active, sprint.State);
        Assert.Equal(On(3, 30), sprint.StartedOn);
        Assert.Equal([first.ItemId, last.ItemId, action.ItemId], sprint.CommittedScope.Select(i => i.ItemId));
        Assert.All(sprint.CommittedScope, i =>
        {
            Assert.True(i.Committed);
            Assert.False(i.CarriedOver);
            Assert.Equal(On(3, 30), i.AddedOn);
            Assert.Null(i.RemovedOn);
            Assert.False(i.Delivered);
        });
    }

    [Fact]
    public void The_snapshot_copies_each_item_as_it_stood()
    {
        var candidate = new ScopeCandidate(ScopeItemKind.Action, Guid.NewGuid(), " RC-17.1 ", " Hourly CTG audit ", Plan.Owner, On(4, 3));

        var item = Active(candidate).Scope.Single();

        Assert.Equal(Plan.Trust, item.TrustId);
        Assert.Equal(ScopeItemKind.Action, item.Kind);
        Assert.Equal(candidate.ItemId, item.ItemId);
        Assert.Equal("RC-17.1", item.Reference);
        Assert.Equal("Hourly CTG audit", item.Title);
        Assert.Equal(Plan.Owner, item.OwnerId);
        Assert.Equal(On(4, 3), item.DueOn);
    }

    [Fact]
    public void Unfinished_work_already_overdue_at_the_start_is_carried_over()
    {
        var overdue = RootCause("RC-9", On(2, 27));

        var item = Active(overdue).Scope.Single();

        Assert.True(item.CarriedOver);
        Assert.True(item.Committed);
    }

    [Fact]
    public void Work_the_previous_sprint_carried_forward_is_carried_over_even_if_due_later()
    {
        // Pulled into sprint 2 mid-sprint although due in May, and not finished there.
        var pulledForward = RootCause("RC-4", On(5, 20));
        var sprint2 = Planned(Sprint2);
        sprint2.Start([], On(3, 16));
        sprint2.AddToScope(pulledForward, On(3, 18));
        sprint2.Close([], At(On(3, 29)), On(3, 29));

        var sprint3 = Planned();
        sprint3.Start([pulledForward], On(3, 30), previous: sprint2);

        Assert.True(sprint3.Scope.Single().CarriedOver);
    }

    [Fact]
    public void Work_due_after_the_sprint_that_was_not_carried_forward_waits_for_its_own_sprint()
    {
        Assert.Empty(Active(RootCause("RC-4", On(5, 20))).Scope);
    }

    [Fact]
    public void Withdrawn_root_causes_cancelled_actions_and_work_delivered_before_the_start_stay_out()
    {
        var sprint = Active(
            RootCause("RC-1", On(4, 1), withdrawn: true),
            Action("RC-2", On(4, 1), cancelled: true),
            RootCause("RC-3", On(4, 1), deliveredOn: On(3, 29)),
            RootCause("RC-4", On(3, 20), deliveredOn: On(3, 20)));

        Assert.Empty(sprint.Scope);
    }

    [Fact]
    public void Work_delivered_before_a_late_start_but_within_the_sprint_stays_in_the_commitment()
    {
        var deliveredDayOne = RootCause("RC-1", On(4, 1), deliveredOn: On(3, 30));

        var sprint = Active(On(4, 1), deliveredDayOne);

        var item = sprint.Scope.Single();
        Assert.Equal(On(3, 30), item.AddedOn);
        Assert.Equal(On(4, 1), sprint.StartedOn);
    }

    [Fact]
    public void The_same_item_offered_twice_joins_once()
    {
        var candidate = RootCause("RC-1", On(4, 1));

        Assert.Single(Active(candidate, candidate with { Title = "Renamed" }).Scope);
    }

    [Theory]
    [InlineData(3, 29)]
    [InlineData(4, 13)]
    public void A_sprint_cannot_be_started_outside_its_own_days(int month, int day)
    {
        var sprint = Planned();

        Assert.Throws<DomainException>(() => sprint.Start([], On(month, day)));
        Assert.Equal(SprintState.Planned, sprint.State);
    }

    [Fact]
    public void Only_a_planned_sprint_can_be_started()
    {
        var sprint = Active(RootCause("RC-1", On(4, 1)));

        Assert.Throws<DomainException>(() => sprint.Start([RootCause("RC-2", On(4, 2))], On(3, 31)));
        Assert.Single(sprint.Scope);

        sprint.Close([], At(On(4, 12)), On(4, 12));
        Assert.Throws<DomainException>(() => sprint.Start([], On(4, 12)));
    }

    [Fact]
    public void The_previous_sprint_must_be_a_closed_earlier_sprint_of_the_same_isg()
    {
        var activeSprint2 = Planned(Sprint2);
        activeSprint2.Start([], On(3, 16));
        Assert.Throws<DomainException>(() => Planned().Start([], On(3, 30), previous: activeSprint2));

        var otherIsg = Planned(Sprint2, isg: Guid.NewGuid());
        otherIsg.Start([], On(3, 16));
        otherIsg.Close([], At(On(3, 29)), On(3, 29));
        Assert.Throws<DomainException>(() => Planned().Start([], On(3, 30), previous: otherIsg));

        var later = Planned(Sprint4);
        later.Start([], On(4, 13));
        later.Close([], At(On(4, 26)), On(4, 26));
        var sprint3 = Planned();
        Assert.Throws<DomainException>(() => sprint3.Start([], On(3, 30), previous: later));
        Assert.Equal(SprintState.Planned, sprint3.State);
    }

    // --- mid-sprint scope changes ---

    [Fact]
    public void An_item_added_mid_sprint_is_recorded_with_the_day_and_is_not_part_of_the_commitment()
    {
        var sprint = Active(RootCause("RC-1", On(4, 1)));
        var extra = Action("RC-5", On(4, 20));

        sprint.AddToScope(extra, On(4, 3));

        var added = Assert.Single(sprint.AddedMidSprint);
        Assert.Equal(extra.ItemId, added.ItemId);
        Assert.Equal(On(4, 3), added.AddedOn);
        Assert.False(added.Committed);
        Assert.False(added.CarriedOver);
        Assert.Single(sprint.CommittedScope);
        Assert.Equal(2, sprint.InScope.Count);
    }

    [Fact]
    public void Delivered_withdrawn_or_already_scoped_items_cannot_be_added()
    {
        var inScope = RootCause("RC-1", On(4, 1));
        var sprint = Active(inScope);

        Assert.Throws<DomainException>(() => sprint.AddToScope(RootCause("RC-2", On(4, 2), deliveredOn: On(4, 2)), On(4, 3)));
        Assert.Throws<DomainException>(() => sprint.AddToScope(RootCause("RC-3", On(4, 2), withdrawn: true), On(4, 3)));
        Assert.Throws<DomainException>(() => sprint.AddToScope(Action("RC-4", On(4, 2), cancelled: true), On(4, 3)));
        Assert.Throws<DomainException>(() => sprint.AddToScope(inScope, On(4, 3)));
        Assert.Single(sprint.Scope);
    }

    [Fact]
    public void An_item_removed_mid_sprint_stays_on_record_marked_with_the_day()
    {
        var rc1 = RootCause("RC-1", On(4, 1));
        var rc2 = RootCause("RC-2", On(4, 2));
        var sprint = Active(rc1, rc2);

        sprint.RemoveFromScope(ScopeItemKind.RootCause, rc1.ItemId, On(4, 6));

        var removed = Assert.Single(sprint.RemovedMidSprint);
        Assert.Equal(On(4, 6), removed.RemovedOn);
        Assert.False(removed.IsInScope);
        Assert.Equal(2, sprint.CommittedScope.Count);
        Assert.Equal([rc2.ItemId], sprint.InScope.Select(i => i.ItemId));
    }

    [Fact]
    public void Removing_what_is_not_in_scope_or_before_it_joined_is_refused()
    {
        var action = Action("RC-1", On(4, 1));
        var sprint = Active(action);
        var late = RootCause("RC-2", On(4, 30));
        sprint.AddToScope(late, On(4, 6));

        Assert.Throws<DomainException>(() => sprint.RemoveFromScope(ScopeItemKind.RootCause, action.ItemId, On(4, 6))); // wrong kind
        Assert.Throws<DomainException>(() => sprint.RemoveFromScope(ScopeItemKind.RootCause, Guid.NewGuid(), On(4, 6)));
        Assert.Throws<DomainException>(() => sprint.RemoveFromScope(ScopeItemKind.RootCause, late.ItemId, On(4, 5)));
        sprint.RemoveFromScope(ScopeItemKind.Action, action.ItemId, On(4, 6));
        Assert.Throws<DomainException>(() => sprint.RemoveFromScope(ScopeItemKind.Action, action.ItemId, On(4, 7)));
    }

    [Fact]
    public void An_item_removed_and_added_back_gets_a_new_row_so_both_changes_show()
    {
        var rc = RootCause("RC-1", On(4, 1));
        var sprint = Active(rc);

        sprint.RemoveFromScope(ScopeItemKind.RootCause, rc.ItemId, On(4, 2));
        sprint.AddToScope(rc, On(4, 7));

        Assert.Equal(2, sprint.Scope.Count);
        Assert.Equal(On(4, 2), sprint.CommittedScope.Single().RemovedOn);
        Assert.Equal(On(4, 7), sprint.InScope.Single().AddedOn);
    }

    [Fact]
    public void Scope_changes_only_while_active_and_on_the_sprint_days_since_it_started()
    {
        var rc = RootCause("RC-1", On(4, 1));
        var planned = Planned();
        Assert.Throws<DomainException>(() => planned.AddToScope(rc, On(3, 30)));

        var sprint = Active(On(4, 1), rc);
        Assert.Throws<DomainException>(() => sprint.AddToScope(RootCause("RC-2", On(4, 2)), On(3, 31))); // before it started
        Assert.Throws<DomainException>(() => sprint.AddToScope(RootCause("RC-2", On(4, 2)), On(4, 13)));
        Assert.Throws<DomainException>(() => sprint.RemoveFromScope(ScopeItemKind.RootCause, rc.ItemId, On(4, 13)));
        sprint.AddToScope(RootCause("RC-2", On(4, 2)), On(4, 12));
        Assert.Equal(2, sprint.InScope.Count);
    }

    // --- close ---

    [Fact]
    public void Closing_records_what_was_delivered_and_carries_the_rest_forward()
    {
        var done = RootCause("RC-1", On(4, 1));
        var notDone = RootCause("RC-2", On(4, 8));
        var doneAction = Action("RC-2", On(4, 10));
        var sprint = Active(done, notDone, doneAction);

        sprint.Close([Delivered(done, On(4, 2)), Delivered(doneAction, On(4, 12))], At(On(4, 12)), On(4, 12));

        Assert.Equal(SprintState.Closed, sprint.State);
        Assert.Equal(At(On(4, 12)), sprint.ClosedAt);
        Assert.Equal([done.ItemId, doneAction.ItemId], sprint.Delivered.Select(i => i.ItemId));
        Assert.Equal(On(4, 2), sprint.Delivered[0].DeliveredOn);
        Assert.Equal(On(4, 12), sprint.Delivered[1].DeliveredOn);
        Assert.Equal([notDone.ItemId], sprint.CarriedForward.Select(i => i.ItemId));
        Assert.False(sprint.CarriedForward[0].Delivered);
        Assert.Null(sprint.CarriedForward[0].DeliveredOn);
    }

    [Fact]
    public void Nothing_is_carried_forward_until_the_sprint_closes()
    {
        Assert.Empty(Active(RootCause("RC-1", On(4, 1))).CarriedForward);
    }

    [Fact]
    public void A_delivery_after_the_last_day_belongs_to_the_next_sprint_so_the_item_is_carried_forward()
    {
        var rc = RootCause("RC-1", On(4, 10));
        var sprint = Active(rc);

        sprint.Close([Delivered(rc, On(4, 13))], At(On(4, 13)), On(4, 13));

        Assert.Empty(sprint.Delivered);
        Assert.Single(sprint.CarriedForward);
    }

    [Fact]
    public void A_delivery_dated_before_the_item_joined_counts_on_the_day_it_joined()
    {
        var rc = RootCause("RC-1", On(4, 10));
        var sprint = Active(rc);

        sprint.Close([Delivered(rc, On(3, 25))], At(On(4, 12)), On(4, 12));

        Assert.Equal(On(3, 30), sprint.Delivered.Single().DeliveredOn);
    }

    [Fact]
    public void When_an_item_is_listed_as_delivered_twice_its_latest_delivery_stands()
    {
        var rc = RootCause("RC-1", On(4, 10));
        var sprint = Active(rc);

        sprint.Close([Delivered(rc, On(4, 3)), Delivered(rc, On(4, 9))], At(On(4, 12)), On(4, 12));

        Assert.Equal(On(4, 9), sprint.Delivered.Single().DeliveredOn);
    }

    [Fact]
    public void Removed_items_are_neither_delivered_nor_carried_forward()
    {
        var rc = RootCause("RC-1", On(4, 10));
        var sprint = Active(rc, RootCause("RC-2", On(4, 11)));
        sprint.RemoveFromScope(ScopeItemKind.RootCause, rc.ItemId, On(4, 4));

        sprint.Close([Delivered(rc, On(4, 8))], At(On(4, 12)), On(4, 12));

        Assert.Empty(sprint.Delivered);
        Assert.Equal(["RC-2"], sprint.CarriedForward.Select(i => i.Reference));
    }

    [Fact]
    public void Deliveries_of_items_outside_the_scope_are_ignored()
    {
        var sprint = Active(RootCause("RC-1", On(4, 10)));

        sprint.Close([Delivered(RootCause("RC-99", On(4, 10)), On(4, 5))], At(On(4, 12)), On(4, 12));

        Assert.Empty(sprint.Delivered);
    }

    [Fact]
    public void Closing_before_the_last_day_takes_a_reason_from_the_chair_or_the_pmo_and_the_sprint_keeps_it()
    {
        var sprint = Active(RootCause("RC-1", On(4, 10)));

        var noReason = Assert.Throws<DomainException>(() => sprint.Close([], At(On(4, 8)), On(4, 8), byChairOrPmo: true));
        Assert.Contains("4 days early", noReason.Message);
        Assert.Throws<DomainException>(() => sprint.Close([], At(On(4, 8)), On(4, 8), "  ", byChairOrPmo: true));
        // The daily job, or anyone else, never closes a sprint early.
        Assert.Throws<DomainException>(() => sprint.Close([], At(On(4, 8)), On(4, 8), "Rota change"));
        Assert.Equal(SprintState.Active, sprint.State);

        sprint.Close([], At(On(4, 8)), On(4, 8), " ISG meets early for the CQC visit ", byChairOrPmo: true);

        Assert.Equal((SprintState.Closed, On(4, 8), "ISG meets early for the CQC visit"), (sprint.State, sprint.ClosedOn, sprint.EarlyCloseReason));
        Assert.Equal(On(4, 8), sprint.LastDayRun);
    }

    [Fact]
    public void On_its_last_day_or_after_a_sprint_closes_without_a_reason_and_keeps_none()
    {
        var onTheDay = Active();
        onTheDay.Close([], At(On(4, 12)), On(4, 12), "not needed", byChairOrPmo: true);
        Assert.Null(onTheDay.EarlyCloseReason);
        Assert.Equal((On(4, 12), On(4, 12)), (onTheDay.ClosedOn!.Value, onTheDay.LastDayRun));

        var byTheJob = Active();
        byTheJob.Close([], At(On(4, 13)), On(4, 13));
        Assert.Equal((On(4, 13), On(4, 12)), (byTheJob.ClosedOn!.Value, byTheJob.LastDayRun));
        Assert.False(byTheJob.ClosesEarlyOn(On(4, 13)));
        Assert.True(Active().ClosesEarlyOn(On(4, 11)));
        Assert.Equal(1, Active().DaysLeftOn(On(4, 11)));
    }

    [Fact]
    public void Only_an_active_sprint_can_be_closed()
    {
        Assert.Throws<DomainException>(() => Planned().Close([], At(On(4, 12)), On(4, 12)));
    }

    [Fact]
    public void A_closed_sprint_refuses_every_change_and_keeps_its_lists()
    {
        var done = RootCause("RC-1", On(4, 1));
        var open = RootCause("RC-2", On(4, 2));
        var sprint = Active(done, open);
        sprint.Close([Delivered(done, On(4, 1))], At(On(4, 12)), On(4, 12));

        Assert.Throws<DomainException>(() => sprint.Close([Delivered(open, On(4, 12))], At(On(4, 13)), On(4, 13)));
        Assert.Throws<DomainException>(() => sprint.AddToScope(RootCause("RC-3", On(4, 3)), On(4, 12)));
        Assert.Throws<DomainException>(() => sprint.RemoveFromScope(ScopeItemKind.RootCause, open.ItemId, On(4, 12)));
        Assert.Throws<DomainException>(() => sprint.Start([RootCause("RC-4", On(4, 3))], On(4, 12)));

        Assert.Equal(2, sprint.CommittedScope.Count);
        Assert.Equal([done.ItemId], sprint.Delivered.Select(i => i.ItemId));
        Assert.Equal([open.ItemId], sprint.CarriedForward.Select(i => i.ItemId));
        Assert.Equal(At(On(4, 12)), sprint.ClosedAt);
    }

    [Fact]
    public void A_closed_sprint_keeps_what_it_committed_to_after_the_item_is_rebaselined_and_reassigned()
    {
        var rc = RootCause("RC-1", On(4, 1));
        var sprint3 = Active(rc);
        sprint3.Close([], At(On(4, 12)), On(4, 12));

        // Later: the root cause is rebaselined to June and given to someone else; sprint 4 picks it up again.
        var edited = rc with { DueOn = On(6, 30), OwnerId = OtherOwner, Title = "Reworded" };
        var sprint4 = Planned(Sprint4);
        sprint4.Start([edited], On(4, 13), previous: sprint3);

        var kept = sprint3.CarriedForward.Single();
        Assert.Equal(On(4, 1), kept.DueOn);
        Assert.Equal(Plan.Owner, kept.OwnerId);
        Assert.Equal("Root cause RC-1", kept.Title);
        var carried = sprint4.Scope.Single();
        Assert.True(carried.CarriedOver);
        Assert.Equal(On(6, 30), carried.DueOn);
        Assert.Equal(OtherOwner, carried.OwnerId);
    }

    // --- one active sprint per ISG ---

    [Fact]
    public void A_sprint_cannot_start_while_another_of_its_isg_is_active()
    {
        var sprint2 = Planned(Sprint2);
        sprint2.Start([], On(3, 16));
        var sprint3 = Planned();

        Assert.Throws<DomainException>(() => Sprint.EnsureNoOtherActive(sprint3, [sprint2, sprint3]));

        sprint2.Close([], At(On(3, 29)), On(3, 29));
        Sprint.EnsureNoOtherActive(sprint3, [sprint2, sprint3]);
    }

    [Fact]
    public void Another_isgs_active_sprint_does_not_block_a_start()
    {
        var otherIsg = Planned(isg: Guid.NewGuid());
        otherIsg.Start([], On(3, 30));
        var sprint = Planned();

        Sprint.EnsureNoOtherActive(sprint, [otherIsg]);
        sprint.Start([], On(3, 30));
        Sprint.EnsureNoOtherActive(sprint, [sprint, otherIsg]);
        Assert.True(Sprint.AtMostOneActivePerIsg([sprint, otherIsg]));
    }

    [Fact]
    public void Two_active_sprints_of_one_isg_are_detected()
    {
        var sprint2 = Planned(Sprint2);
        sprint2.Start([], On(3, 16));
        var sprint3 = Planned();
        sprint3.Start([], On(3, 30));

        Assert.False(Sprint.AtMostOneActivePerIsg([sprint2, sprint3]));
        Assert.True(Sprint.AtMostOneActivePerIsg([sprint2, Planned(Sprint4)]));
    }
}
