using MediatR;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>The trust's KPI library, by code; with an ISG, its high-level KPIs and its root causes' KPIs.</summary>
[AnyTrustMember]
public sealed record ListKpis(Guid? IsgId = null, KpiKind? Kind = null) : IQuery<IReadOnlyList<KpiDto>>;

public sealed class ListKpisHandler(QipDbContext db) : IRequestHandler<ListKpis, IReadOnlyList<KpiDto>>
{
    public async Task<IReadOnlyList<KpiDto>> Handle(ListKpis r, CancellationToken ct)
    {
        var kpis = db.Kpis.AsQueryable();
        if (r.Kind is { } kind) kpis = kpis.Where(k => k.Kind == kind);
        if (r.IsgId is { } isgId) kpis = kpis.Where(k => k.IsgId == isgId || db.RootCauses.Any(rc => rc.KpiId == k.Id && rc.IsgId == isgId));
        return await KpiView.DescribeAsync(db, kpis.OrderBy(k => k.Code), ct);
    }
}
