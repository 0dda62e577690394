using QipTracker.Domain.Common;

namespace QipTracker.Domain.ChangeControl;

/// <summary>
/// One entry in a root cause's baseline history: the approved due date from a given day on,
/// and the change request that moved it (none for the original plan).
/// </summary>
public sealed class BaselineRecord : TenantEntity
{
    public Guid RootCauseId { get; private set; }
    public DateOnly BaselineDue { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public Guid? ChangeRequestId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private BaselineRecord() { }

    public BaselineRecord(Guid trustId, Guid rootCauseId, DateOnly baselineDue, DateOnly effectiveFrom, Guid? changeRequestId, DateTimeOffset recordedAt)
        : base(trustId)
    {
        RootCauseId = rootCauseId;
        BaselineDue = baselineDue;
        EffectiveFrom = effectiveFrom;
        ChangeRequestId = changeRequestId;
        RecordedAt = recordedAt;
    }
}
