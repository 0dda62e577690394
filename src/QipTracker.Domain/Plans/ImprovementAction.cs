using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>
/// A step towards fixing a root cause (DOMAIN.md's "Action"; named so to stay clear of System.Action).
/// </summary>
public sealed class ImprovementAction : TenantEntity, IVersioned, IInPlanSince
{
    public Guid RootCauseId { get; private set; }
    public string Title { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public string? ProgressNote { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public DateOnly AddedToPlanOn { get; private set; }
    public long Version { get; private set; }

    /// <summary>Not started or in progress (<see cref="ActionRules.Open"/>).</summary>
    public bool IsOpen => ActionRules.Compiled.Open(this);

    private ImprovementAction() { }

    public ImprovementAction(Guid trustId, Guid rootCauseId, string title, Guid ownerId, DateOnly dueOn) : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("An action needs a title.");
        if (ownerId == Guid.Empty) throw new DomainException($"Action '{title}' needs an owner.");
        RootCauseId = rootCauseId;
        Title = title.Trim();
        OwnerId = ownerId;
        DueOn = dueOn;
    }

    public void Update(ActionStatus status, string? note, DateOnly today)
    {
        if (!IsOpen && status != Status)
            throw new DomainException($"Action '{Title}' is {Words.For(Status).ToLowerInvariant()} and cannot be moved to {Words.For(status).ToLowerInvariant()}.");
        Status = status;
        ProgressNote = string.IsNullOrWhiteSpace(note) ? ProgressNote : note.Trim();
        DoneOn = status == ActionStatus.Done ? DoneOn ?? today : null;
    }

    public void Reschedule(DateOnly dueOn) => DueOn = dueOn;

    public void RecordAddedToPlan(DateOnly on) => AddedToPlanOn = on;

    public IEnumerable<DateOnly?> DatesItCarries() => [DoneOn];

    public void Reassign(Guid ownerId)
    {
        if (ownerId == Guid.Empty) throw new DomainException($"Action '{Title}' needs an owner.");
        OwnerId = ownerId;
    }

    public bool IsOverdue(DateOnly today) => ActionRules.Compiled.Overdue(this, today);
}
