using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>Sets the KPI's target from a period (a label of its frequency) onwards; a null value removes it from then on.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record SetKpiTarget(Guid KpiId, string From, decimal? Value, long Version) : ICommand<KpiDto>;

public sealed class SetKpiTargetHandler(QipDbContext db) : IRequestHandler<SetKpiTarget, KpiDto>
{
    public async Task<KpiDto> Handle(SetKpiTarget r, CancellationToken ct)
    {
        var kpi = await db.LoadKpiToChangeAsync(r.KpiId, r.Version, ct);
        kpi.SetTarget(KpiSettingChanges.Period(kpi, r.From, nameof(r.From)), r.Value);
        return await db.SaveKpiAndShowAsync(kpi, ct);
    }
}
