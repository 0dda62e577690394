using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;

namespace QipTracker.Infrastructure.Demo;

/// <summary>A root cause as planned: the findings it answers, its owner, its story and its actions.</summary>
internal sealed class RootCauseDraft
{
    public required string Reference { get; init; }
    /// <summary>The finding it was unpacked from; its ISG, theme and place.</summary>
    public required FindingDraft Primary { get; init; }
    public List<FindingDraft> Answers { get; } = [];
    public required string Description { get; init; }
    /// <summary>The statement it was written from, which carries the actions that fix it.</summary>
    public required CauseText Cause { get; init; }
    public required RootCauseStory Story { get; init; }
    public Guid OwnerId { get; set; }
    /// <summary>Owned by the owner login, whose actions it also owns, so that login has a full to-do list.</summary>
    public bool OwnedByOwnerLogin { get; set; }
    public List<ActionDraft> Actions { get; } = [];
    public RootCause? Entity { get; set; }

    public string Isg => Primary.Isg;
}

/// <summary>An action as planned: due date, owner and what has happened to it.</summary>
internal sealed class ActionDraft
{
    public required string Title { get; init; }
    public required DateOnly DueOn { get; init; }
    public required Guid OwnerId { get; init; }
    public ActionStatus Status { get; set; }
    public DateOnly? StartedOn { get; set; }
    /// <summary>When it reached its final status (Done or Cancelled).</summary>
    public DateOnly? ClosedOn { get; set; }
    public string? Note { get; set; }
}
