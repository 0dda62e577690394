using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

public sealed class ScopeCandidateTests
{
    [Fact]
    public void A_root_cause_is_offered_by_its_baseline_due_date_not_its_forecast()
    {
        var rootCause = Plan.RootCause(); // baseline 30 June
        rootCause.ReportProgress(On(8, 31), offTrack: false, on: new DateOnly(2026, 6, 1));

        var candidate = ScopeCandidate.Of(rootCause);

        Assert.Equal((ScopeItemKind.RootCause, rootCause.Id, "RC-17.1", Plan.Owner, On(6, 30)),
            (candidate.Kind, candidate.ItemId, candidate.Reference, candidate.OwnerId, candidate.DueOn));
        Assert.Equal(rootCause.Description, candidate.Title);
        Assert.True(candidate.IsUnfinished);
        Assert.Null(candidate.Delivery);
    }

    [Fact]
    public void A_completed_root_cause_is_offered_as_delivered_on_its_completion_date()
    {
        var rootCause = Plan.Completed(); // 20 May 2026

        var candidate = ScopeCandidate.Of(rootCause);

        Assert.Equal(On(5, 20), candidate.DeliveredOn);
        Assert.False(candidate.IsUnfinished);
        Assert.Equal(new ItemDelivery(ScopeItemKind.RootCause, rootCause.Id, On(5, 20)), candidate.Delivery);
    }

    [Fact]
    public void A_reopened_root_cause_is_unfinished_again()
    {
        var rootCause = Plan.Assured();
        rootCause.Reopen("KPI slipped.");

        Assert.True(ScopeCandidate.Of(rootCause).IsUnfinished);
    }

    [Fact]
    public void A_withdrawn_root_cause_is_dropped()
    {
        var rootCause = Plan.RootCause();
        rootCause.Withdraw(On(4, 1));

        var candidate = ScopeCandidate.Of(rootCause);

        Assert.True(candidate.Dropped);
        Assert.False(candidate.IsUnfinished);
    }

    [Fact]
    public void An_action_is_offered_under_its_root_causes_reference_delivered_when_done_and_dropped_when_cancelled()
    {
        var open = new ImprovementAction(Plan.Trust, Guid.NewGuid(), "Weekly CTG audit", Plan.Owner, On(4, 3));
        var done = new ImprovementAction(Plan.Trust, Guid.NewGuid(), "Train band 6 midwives", Plan.Owner, On(4, 3));
        done.Update(ActionStatus.Done, "All trained.", On(4, 2));
        var cancelled = new ImprovementAction(Plan.Trust, Guid.NewGuid(), "Buy new monitors", Plan.Owner, On(4, 3));
        cancelled.Update(ActionStatus.Cancelled, "Not needed.", On(4, 2));

        var candidate = ScopeCandidate.Of(open, "RC-17.1");
        Assert.Equal((ScopeItemKind.Action, "RC-17.1", "Weekly CTG audit", On(4, 3)), (candidate.Kind, candidate.Reference, candidate.Title, candidate.DueOn));
        Assert.True(candidate.IsUnfinished);
        Assert.Equal(On(4, 2), ScopeCandidate.Of(done, "RC-17.1").DeliveredOn);
        Assert.True(ScopeCandidate.Of(cancelled, "RC-17.1").Dropped);
        Assert.Null(ScopeCandidate.Of(cancelled, "RC-17.1").Delivery);
    }

    [Fact]
    public void Candidates_straight_from_the_plan_snapshot_and_close_a_sprint()
    {
        var rootCause = new RootCause(Plan.Trust, "RC-3.2", "Sepsis screening not done in ED triage.", Plan.Owner, Plan.Isg, On(4, 10));
        var action = new ImprovementAction(Plan.Trust, rootCause.Id, "Add sepsis flag to triage form", Plan.Owner, On(4, 1));
        var sprint = Planned();
        sprint.Start([ScopeCandidate.Of(rootCause), ScopeCandidate.Of(action, rootCause.Reference)], On(3, 30));

        action.Update(ActionStatus.Done, "Live on the form.", On(4, 2));
        ScopeCandidate[] now = [ScopeCandidate.Of(rootCause), ScopeCandidate.Of(action, rootCause.Reference)];
        sprint.Close(now.Select(c => c.Delivery).OfType<ItemDelivery>(), At(On(4, 12)), On(4, 12));

        Assert.Equal([action.Id], sprint.Delivered.Select(i => i.ItemId));
        Assert.Equal([rootCause.Id], sprint.CarriedForward.Select(i => i.ItemId));
    }
}
