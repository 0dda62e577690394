using QipTracker.Domain.BoardPapers;

namespace QipTracker.Domain.Tests.BoardPapers;

/// <summary>The honest ask (issue 12): assurance only when delivery is near trajectory and every item off track has a recovery plan.</summary>
public sealed class AskRuleTests
{
    [Fact]
    public void Items_off_track_without_a_recovery_plan_make_it_a_note_and_say_so()
    {
        var ask = AskRule.Propose(91.2m, offTrack: 45, withRecoveryPlan: 0, concerningKpis: 0);
        Assert.Equal(new AskProposal(BoardAsk.Note, "45 items off track or overdue, 0 with a recovery plan; delivery is at 91.2% of trajectory."), ask);
    }

    [Fact]
    public void Delivery_below_three_quarters_of_trajectory_asks_the_board_to_receive_and_discuss()
    {
        var ask = AskRule.Propose(62.5m, offTrack: 3, withRecoveryPlan: 3, concerningKpis: 1);
        Assert.Equal(BoardAsk.Receive, ask.Ask);
        Assert.Equal("Delivery is at 62.5% of trajectory, below 75.0%: the board should discuss the recovery in depth; " +
                     "3 items off track or overdue, 3 with a recovery plan; 1 high-level KPI shows concerning special-cause variation.", ask.Reason);
    }

    [Theory]
    [InlineData(89.9, 0, 0, BoardAsk.Note)]          // below the 90% assurance needs
    [InlineData(95.0, 2, 2, BoardAsk.TakeAssurance)] // every item has a recovery plan
    [InlineData(95.0, 0, 1, BoardAsk.Note)]          // a concerning KPI
    [InlineData(null, 0, 0, BoardAsk.TakeAssurance)] // nothing planned yet reads as on trajectory
    public void Assurance_needs_delivery_near_trajectory_plans_for_every_item_and_no_concerning_kpi(double? percent, int items, int kpisOrPlans, BoardAsk expected)
    {
        var plans = expected == BoardAsk.TakeAssurance ? items : 0;
        var concerning = items == 0 && percent is >= 90 ? kpisOrPlans : 0;
        Assert.Equal(expected, AskRule.Propose((decimal?)percent, items, plans, concerning).Ask);
    }

    [Fact]
    public void More_plans_than_items_is_a_mistake_in_the_caller()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AskRule.Propose(80m, 1, 2, 0));
    }
}
