using QipTracker.Domain.Common;

namespace QipTracker.Domain.Kpis;

/// <summary>
/// A dated note on a KPI of what changed (a new pathway, a staffing change, a new data source), drawn on the
/// KPI's chart at the period the date falls in, so whoever reads the chart — on the KPI page or in the board
/// paper — sees why the process might have shifted.
/// </summary>
public sealed class KpiAnnotation : TenantEntity
{
    public Guid KpiId { get; private set; }
    /// <summary>The day the change happened.</summary>
    public DateOnly On { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? AddedBy { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    private KpiAnnotation() { }

    public KpiAnnotation(Guid trustId, Guid kpiId, DateOnly on, string text, Guid? addedBy, DateTimeOffset addedAt) : base(trustId)
    {
        if (kpiId == Guid.Empty) throw new DomainException("An annotation belongs to a KPI.");
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Say what changed.");
        KpiId = kpiId;
        On = on;
        Text = text.Trim();
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    /// <summary>
    /// Where on a chart of these measured periods (first days, oldest first) a note dated <paramref name="on"/> goes:
    /// the point of the period the date falls in. Null when the date is after <paramref name="asAt"/> (not known
    /// then), or falls in no measured period (before the first, after the last, or in a gap).
    /// </summary>
    public static int? PointIndex(DateOnly on, KpiFrequency frequency, IReadOnlyList<DateOnly> periods, DateOnly asAt)
    {
        if (on > asAt) return null;
        var period = KpiPeriods.PeriodContaining(frequency, on);
        for (var i = 0; i < periods.Count; i++)
            if (periods[i] == period) return i;
        return null;
    }
}
