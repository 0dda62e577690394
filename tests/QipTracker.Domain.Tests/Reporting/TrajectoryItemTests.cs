using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Reporting.TrajectoryData;

namespace QipTracker.Domain.Tests.Reporting;

public sealed class TrajectoryItemTests
{
    [Fact]
    public void A_root_cause_with_no_baseline_cannot_be_placed()
    {
        Assert.Throws<DomainException>(() => new TrajectoryItem(Guid.NewGuid(), "RC-1", Womens, WomensName, PriorityClass.MustDo,
            [], On(3, 31), RootCauseStatus.InProgress));
    }

    [Fact]
    public void A_delivered_root_cause_without_a_completion_date_cannot_be_placed()
    {
        var ex = Assert.Throws<DomainException>(() => Item(On(3, 31), status: RootCauseStatus.Assured, reference: "RC-8"));
        Assert.Contains("RC-8", ex.Message);
    }

    [Fact]
    public void A_negative_reopen_count_is_refused()
    {
        Assert.Throws<DomainException>(() => Item(On(3, 31), reopenCount: -1));
    }

    [Fact]
    public void From_the_entity_it_takes_the_root_causes_own_baseline_history()
    {
        var rootCause = Plan.RootCause(); // baseline 30 June
        rootCause.Rebaseline(On(9, 30));
        rootCause.Answer(Plan.Finding(FindingKind.MustDo));
        var recorded = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero);
        BaselineRecord[] history =
        [
            new(Plan.Trust, rootCause.Id, On(6, 30), On(1, 5), null, recorded.AddMonths(-4)),
            new(Plan.Trust, rootCause.Id, On(9, 30), On(5, 1), Guid.NewGuid(), recorded),
            new(Plan.Trust, Guid.NewGuid(), On(2, 28), On(1, 5), null, recorded), // another root cause's
        ];

        var item = TrajectoryItem.From(rootCause, WomensName, history);

        Assert.Equal(2, item.Baselines.Count);
        Assert.Equal(On(6, 30), item.BaselineAsAt(On(4, 30)));
        Assert.Equal(On(9, 30), item.BaselineAsAt(On(5, 1)));
        Assert.Equal((rootCause.Id, "RC-17.1", Plan.Isg, PriorityClass.MustDo), (item.RootCauseId, item.Reference, item.IsgId, item.Priority));
    }

    [Fact]
    public void A_root_cause_with_no_recorded_history_counts_by_its_current_baseline()
    {
        var item = TrajectoryItem.From(Plan.Completed(), WomensName, []);

        Assert.Equal(On(6, 30), item.BaselineAsAt(On(1, 1)));
        Assert.Equal(On(5, 20), item.CompletedOn);
        Assert.True(item.IsDeliveredBy(On(5, 20)));
        Assert.False(item.IsDeliveredBy(On(5, 19)));
    }

    [Fact]
    public void A_withdrawn_entity_carries_its_withdrawal_date()
    {
        var rootCause = Plan.RootCause();
        rootCause.Withdraw(On(4, 10));

        var item = TrajectoryItem.From(rootCause, WomensName, []);

        Assert.False(item.IsWithdrawnBy(On(4, 9)));
        Assert.True(item.IsWithdrawnBy(On(4, 10)));
    }
}
