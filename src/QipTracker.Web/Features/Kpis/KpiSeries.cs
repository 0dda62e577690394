using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// The measurements of a set of KPIs up to a date in one query, however many KPIs: joined on the
/// same filter that chose the KPIs, so no list of ids goes over the wire.
/// </summary>
public static class KpiSeries
{
    public static async Task<ILookup<Guid, KpiValue>> ValuesAsync(QipDbContext db, IQueryable<Kpi> kpis, DateOnly asOf, CancellationToken ct) =>
        (await (from m in db.KpiMeasurements
                join k in kpis on m.KpiId equals k.Id
                where m.Period <= asOf
                orderby m.Period
                select new { m.KpiId, m.Period, m.Value })
            .ToListAsync(ct))
        .ToLookup(m => m.KpiId, m => new KpiValue(m.Period, m.Value));
}
