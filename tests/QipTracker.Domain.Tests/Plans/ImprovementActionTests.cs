using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

public sealed class ImprovementActionTests
{
    private static readonly DateOnly Due = new(2026, 4, 15);

    private static ImprovementAction NewAction() =>
        new(Plan.Trust, Guid.NewGuid(), "  Add fresh-eyes prompt to the CTG sticker ", Plan.Owner, Due);

    [Fact]
    public void A_new_action_is_open_and_not_started()
    {
        var action = NewAction();

        Assert.Equal("Add fresh-eyes prompt to the CTG sticker", action.Title);
        Assert.Equal(ActionStatus.NotStarted, action.Status);
        Assert.True(action.IsOpen);
        Assert.Null(action.DoneOn);
    }

    [Fact]
    public void An_action_needs_a_title_and_an_owner()
    {
        Assert.Throws<DomainException>(() => new ImprovementAction(Plan.Trust, Guid.NewGuid(), " ", Plan.Owner, Due));
        Assert.Throws<DomainException>(() => new ImprovementAction(Plan.Trust, Guid.NewGuid(), "Train staff", Guid.Empty, Due));
    }

    [Fact]
    public void Progress_is_recorded_and_a_blank_note_keeps_the_last_one()
    {
        var action = NewAction();

        action.Update(ActionStatus.InProgress, "  Draft sticker with the print room ", new DateOnly(2026, 3, 10));
        action.Update(ActionStatus.InProgress, "   ", new DateOnly(2026, 3, 24));

        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal("Draft sticker with the print room", action.ProgressNote);
        Assert.Null(action.DoneOn);
    }

    [Fact]
    public void Finishing_an_action_records_the_day_it_was_done_and_closes_it()
    {
        var action = NewAction();
        action.Update(ActionStatus.InProgress, null, new DateOnly(2026, 3, 10));

        action.Update(ActionStatus.Done, "Sticker in use on all labour ward rooms", new DateOnly(2026, 4, 9));

        Assert.Equal(new DateOnly(2026, 4, 9), action.DoneOn);
        Assert.False(action.IsOpen);
        Assert.False(action.IsOverdue(Due.AddDays(30)));
    }

    [Fact]
    public void A_done_action_keeps_its_done_date_when_its_note_is_updated()
    {
        var action = NewAction();
        action.Update(ActionStatus.Done, "Done", new DateOnly(2026, 4, 9));

        action.Update(ActionStatus.Done, "Done; audit attached", new DateOnly(2026, 4, 20));

        Assert.Equal(new DateOnly(2026, 4, 9), action.DoneOn);
        Assert.Equal("Done; audit attached", action.ProgressNote);
    }

    [Theory]
    [InlineData(ActionStatus.Done, ActionStatus.InProgress)]
    [InlineData(ActionStatus.Done, ActionStatus.Cancelled)]
    [InlineData(ActionStatus.Cancelled, ActionStatus.InProgress)]
    [InlineData(ActionStatus.Cancelled, ActionStatus.Done)]
    public void A_closed_action_cannot_be_moved_to_another_status(ActionStatus closed, ActionStatus next)
    {
        var action = NewAction();
        action.Update(closed, null, new DateOnly(2026, 4, 1));

        Assert.Throws<DomainException>(() => action.Update(next, null, new DateOnly(2026, 4, 2)));
        Assert.Equal(closed, action.Status);
    }

    [Fact]
    public void A_cancelled_action_has_no_done_date()
    {
        var action = NewAction();

        action.Update(ActionStatus.Cancelled, "Superseded by the new CTG guideline", new DateOnly(2026, 4, 1));

        Assert.Null(action.DoneOn);
        Assert.False(action.IsOpen);
    }

    [Fact]
    public void An_open_action_is_overdue_from_the_day_after_its_due_date()
    {
        var action = NewAction();

        Assert.False(action.IsOverdue(Due));
        Assert.True(action.IsOverdue(Due.AddDays(1)));
        action.Update(ActionStatus.InProgress, null, Due);
        Assert.True(action.IsOverdue(Due.AddDays(1)));
    }

    [Fact]
    public void Rescheduling_and_reassigning_an_action()
    {
        var action = NewAction();
        var newOwner = Guid.NewGuid();

        action.Reschedule(new DateOnly(2026, 5, 15));
        action.Reassign(newOwner);

        Assert.Equal(new DateOnly(2026, 5, 15), action.DueOn);
        Assert.False(action.IsOverdue(Due.AddDays(1)));
        Assert.Equal(newOwner, action.OwnerId);
        Assert.Throws<DomainException>(() => action.Reassign(Guid.Empty));
        Assert.Equal(newOwner, action.OwnerId);
    }
}
