using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// Links a root cause to the KPI that shows whether its fix worked (null unlinks). The KPI must be a root-cause
/// KPI, and belongs to one root cause: a second link is refused naming the first.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record LinkRootCauseKpi(Guid RootCauseId, Guid? KpiId, long Version) : ICommand<RootCauseDto>;

public sealed class LinkRootCauseKpiHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<LinkRootCauseKpi, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(LinkRootCauseKpi r, CancellationToken ct)
    {
        var rootCause = await db.RootCauses.SingleOrDefaultAsync(rc => rc.Id == r.RootCauseId, ct) ?? throw new NotFoundException($"Root cause {r.RootCauseId}");
        db.ExpectVersion(rootCause, r.Version);
        if (r.KpiId is { } kpiId)
        {
            var kpi = await db.Kpis.Where(k => k.Id == kpiId).Select(k => new { k.Code, k.Kind }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"KPI {kpiId}");
            if (kpi.Kind != KpiKind.RootCause)
                throw Invalid($"{kpi.Code} is a high-level KPI; a root cause is measured by a root-cause KPI of its own.");
            var taken = await db.RootCauses.Where(RootCauseRules.Live).Where(rc => rc.KpiId == kpiId && rc.Id != rootCause.Id)
                .Select(rc => rc.Reference).FirstOrDefaultAsync(ct);
            if (taken is not null) throw Invalid($"{kpi.Code} already measures {taken}: a root-cause KPI belongs to one root cause.");
        }
        rootCause.LinkKpi(r.KpiId);
        await db.SaveChangesAsync(ct);
        return (await RootCauseView.LoadAsync(db, rootCause.Id, clock.Today(), ct)).Dto;
    }

    private static RequestValidationException Invalid(string message) => new(new Dictionary<string, string[]> { ["KpiId"] = [message] });
}
