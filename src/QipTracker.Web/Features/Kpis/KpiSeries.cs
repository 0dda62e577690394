using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// The measurements of a set of KPIs up to a date in one query, however many KPIs. The caller has already read the
/// KPIs, so their ids go to the database as one parameter and the measurements come by their (KpiId, Period) index;
/// joining on the filter that chose the KPIs instead made SQLite re-run that filter for every measurement of the trust.
/// </summary>
public static class KpiSeries
{
    public static async Task<ILookup<Guid, KpiValue>> ValuesAsync(QipDbContext db, IReadOnlyCollection<Guid> kpiIds, DateOnly asOf, CancellationToken ct) =>
        kpiIds.Count == 0
            ? Array.Empty<KpiValue>().ToLookup(_ => Guid.Empty)
            : (await db.KpiMeasurements.AsNoTracking()
                    .Where(m => kpiIds.Contains(m.KpiId) && m.Period <= asOf)
                    .OrderBy(m => m.Period)
                    .Select(m => new { m.KpiId, m.Period, m.Value })
                    .ToListAsync(ct))
                .ToLookup(m => m.KpiId, m => new KpiValue(m.Period, m.Value));
}
