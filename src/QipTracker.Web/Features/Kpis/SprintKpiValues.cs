using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// KPI values given in sprint updates, stored as measurements (source SprintUpdate) of the KPI's period that
/// contains the given day, replacing any value for that period. The caller saves, with the rest of the update.
/// </summary>
public static class SprintKpiValues
{
    public static async Task RecordAsync(QipDbContext db, IReadOnlyList<(Guid KpiId, DateOnly On, decimal Value)> values, Guid by,
        DateTimeOffset now, CancellationToken ct)
    {
        if (values.Count == 0) return;
        var ids = values.Select(v => v.KpiId).Distinct().ToList();
        var kpis = await db.Kpis.Where(k => ids.Contains(k.Id)).Select(k => new { k.Id, k.TrustId, k.Frequency }).ToDictionaryAsync(k => k.Id, ct);
        var wanted = values.Select(v => (v.KpiId, Period: KpiPeriods.PeriodContaining(kpis[v.KpiId].Frequency, v.On), v.Value)).ToList();
        var from = wanted.Min(w => w.Period);
        var existing = await db.KpiMeasurements.Where(m => ids.Contains(m.KpiId) && m.Period >= from).ToDictionaryAsync(m => (m.KpiId, m.Period), ct);
        foreach (var (kpiId, period, value) in wanted)
        {
            if (existing.TryGetValue((kpiId, period), out var measurement))
                measurement.Replace(value, null, MeasurementSource.SprintUpdate, by, now);
            else
                existing[(kpiId, period)] = db.KpiMeasurements.Add(
                    new KpiMeasurement(kpis[kpiId].TrustId, kpiId, period, value, null, MeasurementSource.SprintUpdate, by, now)).Entity;
        }
    }
}
