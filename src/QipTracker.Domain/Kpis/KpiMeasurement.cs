using QipTracker.Domain.Common;

namespace QipTracker.Domain.Kpis;

/// <summary>Where a measurement came from.</summary>
public enum MeasurementSource { Manual, SprintUpdate, Csv, Api }

/// <summary>
/// One value of a KPI for one period (its first day). There is one per (KPI, period): a second value for
/// the same period replaces the first, and the audit trail keeps both.
/// </summary>
public sealed class KpiMeasurement : TenantEntity, IVersioned
{
    public Guid KpiId { get; private set; }
    public DateOnly Period { get; private set; }
    public decimal Value { get; private set; }
    public string? Note { get; private set; }
    public MeasurementSource Source { get; private set; }
    public Guid? EnteredBy { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    public long Version { get; private set; }

    private KpiMeasurement() { }

    public KpiMeasurement(Guid trustId, Guid kpiId, DateOnly period, decimal value, string? note, MeasurementSource source, Guid? by, DateTimeOffset at)
        : base(trustId)
    {
        if (kpiId == Guid.Empty) throw new DomainException("A measurement belongs to a KPI.");
        KpiId = kpiId;
        Period = period;
        Replace(value, note, source, by, at);
    }

    public void Replace(decimal value, string? note, MeasurementSource source, Guid? by, DateTimeOffset at)
    {
        Value = value;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Source = source;
        EnteredBy = by;
        EnteredAt = at;
    }
}
