using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// A root cause may be embedded when its KPI's SPC chart shows the improvement sustained after completion:
/// the rule and its definition of "sustained" are <see cref="SustainedImprovement"/>'s. No KPI, no embedding.
/// </summary>
public sealed class SpcEmbeddingRule(QipDbContext db, TimeProvider clock) : IEmbeddingRule
{
    public async Task<SustainVerdict> IsSustainedAsync(RootCause rootCause, CancellationToken ct)
    {
        if (rootCause.KpiId is not { } kpiId)
            return new(false, "it has no KPI to show the fix worked; link its KPI and record the measurements first.");
        if ((rootCause.CompletedOn ?? rootCause.AssuredOn) is not { } completedOn)
            return new(false, "it has no completion date to measure the improvement from.");
        var kpi = await db.Kpis.AsNoTracking().SingleAsync(k => k.Id == kpiId, ct);
        var today = clock.Today();
        var values = await db.KpiMeasurements.Where(m => m.KpiId == kpiId && m.Period <= today).OrderBy(m => m.Period)
            .Select(m => new KpiValue(m.Period, m.Value)).ToListAsync(ct);
        return SustainedImprovement.Judge(kpi, values, completedOn);
    }
}
