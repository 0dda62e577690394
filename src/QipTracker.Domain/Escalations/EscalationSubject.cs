using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// An overdue or off-track root cause or action, as the ladder needs it.
/// </summary>
/// <param name="DueOn">Its due date (a root cause's baseline due date).</param>
/// <param name="OffTrackSince">
/// The day it was first reported off track, when that was before it fell due: the ladder then counts
/// from that day as if it were the due date, so off-track work climbs the same rungs and gets a
/// recovery plan before it is late. Null when it is not off track.
/// </param>
/// <param name="RootCauseId">An action's root cause (a root cause is its own).</param>
public sealed record EscalationSubject(
    EscalatedItemKind Kind,
    Guid ItemId,
    string Reference,
    Guid OwnerId,
    DateOnly DueOn,
    DateOnly? OffTrackSince = null,
    Guid RootCauseId = default)
{
    /// <summary>The day the ladder counts from: the due date, or the day it went off track if earlier.</summary>
    public DateOnly CountsFrom => OffTrackSince is { } since && since < DueOn ? since : DueOn;

    /// <summary>
    /// A root cause escalates against its baseline due date (as <see cref="RootCause.IsOverdue"/> does);
    /// <paramref name="offTrackSince"/> counts only while the owner reports it off track.
    /// </summary>
    public static EscalationSubject Of(RootCause rootCause, DateOnly? offTrackSince = null) => new(
        EscalatedItemKind.RootCause, rootCause.Id, rootCause.Reference, rootCause.OwnerId, rootCause.BaselineDue,
        rootCause.ReportedOffTrack ? offTrackSince : null, rootCause.Id);

    /// <summary>An action has no reference of its own; it shows under its root cause's reference.</summary>
    public static EscalationSubject Of(ImprovementAction action, string rootCauseReference) => new(
        EscalatedItemKind.Action, action.Id, rootCauseReference, action.OwnerId, action.DueOn, RootCauseId: action.RootCauseId);
}
