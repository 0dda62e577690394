using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// A root cause or action as it stands now, offered to a sprint's scope. The sprint decides
/// whether it belongs (see <see cref="Sprint.Start"/>) and copies these values, so later edits to
/// the item do not rewrite what the sprint committed to.
/// </summary>
/// <param name="DeliveredOn">When the item was delivered (root cause Completed or later, action Done); null while unfinished.</param>
/// <param name="Dropped">Withdrawn root cause or cancelled action: never part of a sprint.</param>
/// <param name="Rag">A root cause's RAG when offered, kept so the sprint's close can report RAG changes.</param>
public sealed record ScopeCandidate(
    ScopeItemKind Kind,
    Guid ItemId,
    string Reference,
    string Title,
    Guid OwnerId,
    DateOnly DueOn,
    DateOnly? DeliveredOn = null,
    bool Dropped = false,
    Rag? Rag = null)
{
    public bool IsUnfinished => DeliveredOn is null && !Dropped;

    public ItemDelivery? Delivery => DeliveredOn is { } on && !Dropped ? new(Kind, ItemId, on) : null;

    /// <summary>
    /// A root cause is scheduled by its baseline due date — the approved plan the sprint is held to,
    /// the same date the trajectory and the overdue ladder use — not by the owner's forecast.
    /// </summary>
    public static ScopeCandidate Of(RootCause rootCause, DateOnly? ragOn = null) => new(
        ScopeItemKind.RootCause, rootCause.Id, rootCause.Reference, rootCause.Description, rootCause.OwnerId, rootCause.BaselineDue,
        rootCause.Status.IsDelivered() ? DeliveryDate(rootCause.CompletedOn, rootCause.Reference) : null,
        rootCause.IsWithdrawn,
        ragOn is { } on ? rootCause.RagOn(on) : null);

    /// <summary>An action has no reference of its own; it shows under its root cause's reference.</summary>
    public static ScopeCandidate Of(ImprovementAction action, string rootCauseReference) => new(
        ScopeItemKind.Action, action.Id, rootCauseReference, action.Title, action.OwnerId, action.DueOn,
        action.Status == ActionStatus.Done ? DeliveryDate(action.DoneOn, $"{rootCauseReference} action \"{action.Title}\"") : null,
        action.Status == ActionStatus.Cancelled);

    // The entities date every delivery (MarkCompleted, SetStatus): a delivery without a date is a broken invariant,
    // not a day to invent, so it stops the sprint here as it stops the trajectory (TrajectoryItem).
    private static DateOnly DeliveryDate(DateOnly? on, string what) =>
        on ?? throw new DomainException($"{what} is delivered but has no delivery date; a sprint cannot place it.");
}
