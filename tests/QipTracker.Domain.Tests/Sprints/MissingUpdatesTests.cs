using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

public sealed class MissingUpdatesTests
{
    private static readonly SprintUpdateContent Content = new(RootCauseStatus.InProgress, "On track.", On(4, 10));

    [Fact]
    public void The_chair_sees_each_owner_with_the_root_causes_they_have_not_updated()
    {
        var rc1 = RootCause("RC-1", On(4, 1));
        var rc2 = RootCause("RC-2", On(4, 2), owner: OtherOwner);
        var rc3 = RootCause("RC-3", On(4, 3));
        var rc4 = RootCause("RC-4", On(4, 4), owner: OtherOwner);
        var sprint = Active(rc1, rc2, rc3, rc4);
        var updates = new[] { SprintUpdate.Submit(sprint, rc4.ItemId, OtherOwner, Content, At(On(4, 6))) };

        var missing = MissingUpdates.For(sprint, updates);

        Assert.Equal([Plan.Owner, OtherOwner], missing.Select(m => m.OwnerId));
        Assert.Equal(["RC-1", "RC-3"], missing[0].RootCauses.Select(r => r.Reference));
        Assert.Equal(["RC-2"], missing[1].RootCauses.Select(r => r.Reference));
    }

    [Fact]
    public void An_owner_who_has_updated_everything_is_not_listed()
    {
        var rc1 = RootCause("RC-1", On(4, 1));
        var sprint = Active(rc1);

        Assert.Empty(MissingUpdates.For(sprint, [SprintUpdate.Submit(sprint, rc1.ItemId, Plan.Owner, Content, At(On(4, 6)))]));
    }

    [Fact]
    public void Actions_and_removed_root_causes_owe_no_update()
    {
        var removed = RootCause("RC-1", On(4, 1));
        var sprint = Active(removed, Action("RC-2", On(4, 2)));
        sprint.RemoveFromScope(ScopeItemKind.RootCause, removed.ItemId, On(4, 3));

        Assert.Empty(MissingUpdates.For(sprint, []));
    }

    [Fact]
    public void Root_causes_added_mid_sprint_owe_an_update_too()
    {
        var sprint = Active();
        sprint.AddToScope(RootCause("RC-7", On(4, 20)), On(4, 6));

        Assert.Equal(["RC-7"], MissingUpdates.For(sprint, []).Single().RootCauses.Select(r => r.Reference));
    }

    [Fact]
    public void An_update_from_another_sprint_does_not_count()
    {
        var rc = RootCause("RC-1", On(3, 20));
        var sprint2 = Planned(Sprint2);
        sprint2.Start([rc], On(3, 16));
        var lastSprints = SprintUpdate.Submit(sprint2, rc.ItemId, Plan.Owner, Content, At(On(3, 20)));
        sprint2.Close([], At(On(3, 29)), On(3, 29));
        var sprint3 = Planned();
        sprint3.Start([rc], On(3, 30), sprint2);

        Assert.Single(MissingUpdates.For(sprint3, [lastSprints]));
    }

    [Fact]
    public void A_root_cause_updated_by_someone_other_than_its_listed_owner_is_not_chased()
    {
        var rc = RootCause("RC-1", On(4, 1));
        var sprint = Active(rc);

        Assert.Empty(MissingUpdates.For(sprint, [SprintUpdate.Submit(sprint, rc.ItemId, OtherOwner, Content, At(On(4, 6)))]));
    }

    [Fact]
    public void Every_live_root_cause_of_the_isg_can_be_chased_not_only_the_sprint_scope()
    {
        var sprintId = Guid.NewGuid();
        var expected = new[]
        {
            new UpdateDue(Guid.NewGuid(), "RC-10", Plan.Owner),
            new UpdateDue(Guid.NewGuid(), "RC-11", OtherOwner),
        };

        var missing = MissingUpdates.Find(sprintId, [.. expected, expected[0]], []);

        Assert.Equal(2, missing.Count);
        Assert.Equal(["RC-10"], missing[0].RootCauses.Select(r => r.Reference));
    }
}
