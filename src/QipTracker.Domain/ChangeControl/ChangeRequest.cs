using QipTracker.Domain.Common;

namespace QipTracker.Domain.ChangeControl;

/// <summary>
/// A proposed change to the plan, with its reason. The plan moves only when an accountable
/// executive (the ECIB) approves; a rejected or pending request changes nothing.
/// </summary>
public sealed class ChangeRequest : TenantEntity, IVersioned
{
    public Guid RootCauseId { get; private set; }
    public ChangeKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly? ProposedDue { get; private set; }
    public Guid? ProposedOwnerId { get; private set; }
    public Guid? ProposedIsgId { get; private set; }
    /// <summary>For a merge: the other root causes folded into this one.</summary>
    public List<Guid> MergeRootCauseIds { get; private set; } = [];
    /// <summary>For a split: the new root causes to create; this one is withdrawn.</summary>
    public List<SplitPart> SplitParts { get; private set; } = [];
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public ChangeStatus Status { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    public long Version { get; private set; }

    private ChangeRequest() { }

    private ChangeRequest(Guid trustId, Guid rootCauseId, ChangeKind kind, string reason, Guid requestedBy, DateTimeOffset at) : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("A change request needs a reason.");
        RootCauseId = rootCauseId;
        Kind = kind;
        Reason = reason.Trim();
        RequestedBy = requestedBy;
        RequestedAt = at;
    }

    public static ChangeRequest NewDueDate(Guid trustId, Guid rootCauseId, DateOnly proposedDue, string reason, Guid by, DateTimeOffset at) =>
        new(trustId, rootCauseId, ChangeKind.NewDueDate, reason, by, at) { ProposedDue = proposedDue };

    public static ChangeRequest NewOwner(Guid trustId, Guid rootCauseId, Guid ownerId, string reason, Guid by, DateTimeOffset at) =>
        ownerId == Guid.Empty ? throw new DomainException("Name the proposed owner.")
            : new(trustId, rootCauseId, ChangeKind.NewOwner, reason, by, at) { ProposedOwnerId = ownerId };

    public static ChangeRequest NewIsg(Guid trustId, Guid rootCauseId, Guid isgId, string reason, Guid by, DateTimeOffset at) =>
        isgId == Guid.Empty ? throw new DomainException("Name the proposed ISG.")
            : new(trustId, rootCauseId, ChangeKind.NewIsg, reason, by, at) { ProposedIsgId = isgId };

    public static ChangeRequest Withdrawal(Guid trustId, Guid rootCauseId, string reason, Guid by, DateTimeOffset at) =>
        new(trustId, rootCauseId, ChangeKind.Withdrawal, reason, by, at);

    public static ChangeRequest Merge(Guid trustId, Guid survivorId, IEnumerable<Guid> othersIds, string reason, Guid by, DateTimeOffset at)
    {
        var others = othersIds.Where(id => id != survivorId).Distinct().ToList();
        if (others.Count == 0) throw new DomainException("A merge needs at least one other root cause to fold in.");
        return new(trustId, survivorId, ChangeKind.Merge, reason, by, at) { MergeRootCauseIds = others };
    }

    public static ChangeRequest Split(Guid trustId, Guid rootCauseId, IEnumerable<SplitPart> parts, string reason, Guid by, DateTimeOffset at)
    {
        var list = parts.ToList();
        if (list.Count < 2) throw new DomainException("A split needs at least two new root causes.");
        if (list.Any(p => string.IsNullOrWhiteSpace(p.Reference) || string.IsNullOrWhiteSpace(p.Description)))
            throw new DomainException("Each part of a split needs a reference and a description.");
        if (list.Select(p => p.Reference.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Count)
            throw new DomainException("The parts of a split need different references.");
        return new(trustId, rootCauseId, ChangeKind.Split, reason, by, at) { SplitParts = list };
    }

    public void Approve(Guid by, string? note, DateTimeOffset at) => Decide(ChangeStatus.Approved, by, note, at);

    public void Reject(Guid by, string note, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Say why the change is rejected.");
        Decide(ChangeStatus.Rejected, by, note, at);
    }

    private void Decide(ChangeStatus status, Guid by, string? note, DateTimeOffset at)
    {
        if (Status != ChangeStatus.Pending) throw new DomainException($"This change request was already {Status.ToString().ToLowerInvariant()}.");
        if (by == RequestedBy) throw new DomainException("A change cannot be decided by the person who asked for it.");
        Status = status;
        DecidedBy = by;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
