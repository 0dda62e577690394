using QipTracker.Domain.ChangeControl;

namespace QipTracker.Domain.Reporting;

/// <summary>One approved baseline due date and the day it took effect; <paramref name="RecordedAt"/> orders two that take effect on the same day.</summary>
public sealed record BaselineEntry(DateOnly BaselineDue, DateOnly EffectiveFrom, DateTimeOffset RecordedAt = default)
{
    public static BaselineEntry From(BaselineRecord record) => new(record.BaselineDue, record.EffectiveFrom, record.RecordedAt);
}
