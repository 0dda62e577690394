using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// Who may record a KPI's values and notes: the PMO and ISG chairs on any KPI; anyone else only on a KPI they own or
/// that measures a root cause they own. The commands refuse by it and the chart page shows its forms by it.
/// </summary>
public static class KpiAccess
{
    public static async Task<bool> MayMeasureAsync(this QipDbContext db, ICurrentUser user, Kpi kpi, CancellationToken ct) =>
        user.MaySend<RecordMeasurement>() &&
        (user.IsIn(TrustRole.Pmo, TrustRole.IsgChair) || kpi.OwnerId == user.UserId
         || await db.RootCauses.AnyAsync(rc => rc.KpiId == kpi.Id && rc.OwnerId == user.UserId, ct));

    public static async Task EnsureMayMeasureAsync(this QipDbContext db, ICurrentUser user, Kpi kpi, CancellationToken ct)
    {
        if (!await db.MayMeasureAsync(user, kpi, ct))
            throw new ForbiddenException($"You neither own {kpi.Code} nor the root cause it measures.");
    }
}
