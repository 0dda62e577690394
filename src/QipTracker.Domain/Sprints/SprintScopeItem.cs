using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// One root cause or action in a sprint's scope, copied when it joined so that what the sprint
/// committed to survives later edits to the item. Changed only through its <see cref="Sprint"/>.
/// </summary>
public sealed class SprintScopeItem : TenantEntity
{
    public Guid SprintId { get; private set; }
    public ScopeItemKind Kind { get; private set; }
    public Guid ItemId { get; private set; }
    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>Came in unfinished from an earlier sprint (or was already overdue when the sprint started).</summary>
    public bool CarriedOver { get; private set; }
    /// <summary>In the scope snapshotted at the start; false for mid-sprint additions.</summary>
    public bool Committed { get; private set; }
    /// <summary>The day it joined the scope: the sprint's first day for the snapshot, the day added for later additions.</summary>
    public DateOnly AddedOn { get; private set; }
    public DateOnly? RemovedOn { get; private set; }
    /// <summary>Set at close: delivered within the sprint.</summary>
    public bool Delivered { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }
    /// <summary>A root cause's RAG when it joined; the close reports the ones that changed.</summary>
    public Rag? RagAtStart { get; private set; }

    public bool IsInScope => RemovedOn is null;

    private SprintScopeItem() { }

    internal SprintScopeItem(Guid trustId, Guid sprintId, ScopeCandidate candidate, bool committed, bool carriedOver, DateOnly addedOn)
        : base(trustId)
    {
        if (candidate.ItemId == Guid.Empty) throw new DomainException("A scope item needs the id of its root cause or action.");
        SprintId = sprintId;
        Kind = candidate.Kind;
        ItemId = candidate.ItemId;
        Reference = candidate.Reference?.Trim() ?? "";
        Title = candidate.Title?.Trim() ?? "";
        OwnerId = candidate.OwnerId;
        DueOn = candidate.DueOn;
        Committed = committed;
        CarriedOver = carriedOver;
        AddedOn = addedOn;
        RagAtStart = candidate.Rag;
    }

    internal bool Is(ScopeItemKind kind, Guid itemId) => Kind == kind && ItemId == itemId;

    internal void Remove(DateOnly on) => RemovedOn = on;

    internal void Deliver(DateOnly on)
    {
        Delivered = true;
        DeliveredOn = on;
    }
}
