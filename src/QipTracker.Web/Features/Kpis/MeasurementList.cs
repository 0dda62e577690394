using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Kpis;

/// <summary>Measurements with who entered them, oldest period first, in one query.</summary>
public static class MeasurementList
{
    public static async Task<IReadOnlyList<MeasurementDto>> QueryAsync(QipDbContext db, IQueryable<KpiMeasurement> measurements, KpiFrequency frequency,
        CancellationToken ct)
    {
        var rows = await measurements.OrderBy(m => m.Period).Select(m => new
        {
            m.Id, m.Period, m.Value, m.Note, m.Source, m.EnteredAt, m.Version,
            By = db.Users.Where(u => u.Id == m.EnteredBy).Select(u => u.DisplayName).FirstOrDefault(),
        }).AsNoTracking().ToListAsync(ct);
        return rows.Select(m => new MeasurementDto(m.Id, m.Period, KpiPeriods.Label(frequency, m.Period), m.Value, m.Note, m.Source, m.By, m.EnteredAt, m.Version))
            .ToList();
    }
}
