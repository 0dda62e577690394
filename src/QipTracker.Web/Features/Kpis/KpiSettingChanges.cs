using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>What <see cref="SetKpiTarget"/> and <see cref="ConfigureSpc"/> share: the KPI at the version loaded, its period labels, the answer.</summary>
public static class KpiSettingChanges
{
    public static async Task<Kpi> LoadKpiToChangeAsync(this QipDbContext db, Guid id, long version, CancellationToken ct)
    {
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException($"KPI {id}");
        db.ExpectVersion(kpi, version);
        return kpi;
    }

    /// <summary>The start of the period a label names, in the KPI's frequency; anything else is a 400 on <paramref name="field"/>.</summary>
    public static DateOnly Period(Kpi kpi, string? label, string field) =>
        KpiPeriods.TryParse(kpi.Frequency, label, out var start, out var error)
            ? start
            : throw new RequestValidationException(new Dictionary<string, string[]> { [field] = [error] });

    public static async Task<KpiDto> SaveKpiAndShowAsync(this QipDbContext db, Kpi kpi, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return await KpiView.LoadAsync(db, kpi.Id, ct);
    }
}
