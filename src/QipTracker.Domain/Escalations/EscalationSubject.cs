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
public sealed record EscalationSubject(
    EscalatedItemKind Kind,
    Guid ItemId,
    string Reference,
    Guid OwnerId,
    DateOnly DueOn,
    DateOnly? OffTrackSince = null)
{
    /// <summary>The day the ladder counts from: the due date, or the day it went off track if earlier.</summary>
    public DateOnly CountsFrom => OffTrackSince is { } since && since < DueOn ? since : DueOn;
}
