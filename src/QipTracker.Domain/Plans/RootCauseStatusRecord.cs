using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>
/// A root cause as it stood from one day on: everything a figure "as at a date" needs — where it sat (ISG, owner,
/// priority class), its status and completion date, its forecast, whether it was reported off track and since when,
/// sent back, withdrawn, and how often reopened. One is kept each time any of these changes (the persistence layer
/// writes it in the same save), so a past month's paper reads the plan as it was at that month's end rather than
/// as it is now. The audit trail holds the same changes field by field, for people; this is the form a report reads.
/// </summary>
public sealed class RootCauseStatusRecord : ITenantOwned
{
    /// <summary>Ascending in the order the records were written: two on the same day are told apart by it.</summary>
    public long Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid RootCauseId { get; private set; }
    /// <summary>The London day it was recorded: it holds from the end of that day until the next record.</summary>
    public DateOnly EffectiveOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid IsgId { get; private set; }
    public Guid OwnerId { get; private set; }
    public PriorityClass Priority { get; private set; }
    public RootCauseStatus Status { get; private set; }
    public DateOnly ForecastDue { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public bool ReportedOffTrack { get; private set; }
    public DateOnly? OffTrackSince { get; private set; }
    public DateOnly? SentBackOn { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }
    public int ReopenCount { get; private set; }

    private RootCauseStatusRecord() { }

    public static RootCauseStatusRecord Of(RootCause rootCause, DateOnly effectiveOn, DateTimeOffset recordedAt) => new()
    {
        TrustId = rootCause.TrustId,
        RootCauseId = rootCause.Id,
        EffectiveOn = effectiveOn,
        RecordedAt = recordedAt,
        IsgId = rootCause.IsgId,
        OwnerId = rootCause.OwnerId,
        Priority = rootCause.Priority,
        Status = rootCause.Status,
        ForecastDue = rootCause.ForecastDue,
        CompletedOn = rootCause.CompletedOn,
        ReportedOffTrack = rootCause.ReportedOffTrack,
        OffTrackSince = rootCause.OffTrackSince,
        SentBackOn = rootCause.SentBackOn,
        WithdrawnOn = rootCause.WithdrawnOn,
        ReopenCount = rootCause.ReopenCount,
    };

    /// <summary>The root cause's properties a record keeps: a change to any of them writes a new record.</summary>
    public static readonly IReadOnlySet<string> Kept = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(RootCause.IsgId), nameof(RootCause.OwnerId), nameof(RootCause.Priority), nameof(RootCause.Status),
        nameof(RootCause.ForecastDue), nameof(RootCause.CompletedOn), nameof(RootCause.ReportedOffTrack),
        nameof(RootCause.OffTrackSince), nameof(RootCause.SentBackOn), nameof(RootCause.WithdrawnOn), nameof(RootCause.ReopenCount),
    };

    /// <summary>
    /// The record in force at the end of a day: the last one recorded on or before it; if none was (a plan brought in
    /// with its past already written, or kept before records were), the first — the earliest state known — whose own
    /// dates then say what had happened by the day. Null when there are none.
    /// </summary>
    public static RootCauseStatusRecord? InForceOn(IEnumerable<RootCauseStatusRecord> records, DateOnly day)
    {
        RootCauseStatusRecord? first = null, inForce = null;
        foreach (var r in records)
        {
            if (first is null || r.Id < first.Id) first = r;
            if (r.EffectiveOn <= day && (inForce is null || r.EffectiveOn > inForce.EffectiveOn || (r.EffectiveOn == inForce.EffectiveOn && r.Id > inForce.Id)))
                inForce = r;
        }
        return inForce ?? first;
    }

    /// <summary>For tests: a copy with the id the database would give it (ids follow the order records are written in).</summary>
    public RootCauseStatusRecord WithId(long id)
    {
        var copy = (RootCauseStatusRecord)MemberwiseClone();
        copy.Id = id;
        return copy;
    }
}
