using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>The trust's KPI library, by code; with an ISG, its high-level KPIs and its root causes' KPIs.</summary>
[AnyTrustMember]
public sealed record ListKpis(Guid? IsgId = null, KpiKind? Kind = null) : IQuery<IReadOnlyList<KpiDto>>;

[AnyTrustMember]
public sealed record GetKpi(Guid Id) : IQuery<KpiDto>;

public sealed class KpiQueryHandlers(QipDbContext db) :
    IRequestHandler<ListKpis, IReadOnlyList<KpiDto>>,
    IRequestHandler<GetKpi, KpiDto>
{
    public async Task<IReadOnlyList<KpiDto>> Handle(ListKpis r, CancellationToken ct)
    {
        var kpis = db.Kpis.AsQueryable();
        if (r.Kind is { } kind) kpis = kpis.Where(k => k.Kind == kind);
        if (r.IsgId is { } isgId) kpis = kpis.Where(k => k.IsgId == isgId || db.RootCauses.Any(rc => rc.KpiId == k.Id && rc.IsgId == isgId));
        return await DescribeAsync(kpis.OrderBy(k => k.Code), ct);
    }

    public async Task<KpiDto> Handle(GetKpi r, CancellationToken ct) =>
        (await DescribeAsync(db.Kpis.Where(k => k.Id == r.Id), ct)).SingleOrDefault() ?? throw new NotFoundException($"KPI {r.Id}");

    // The owner's name, the ISG's name and the linked root cause come with the KPI in one query.
    private async Task<IReadOnlyList<KpiDto>> DescribeAsync(IQueryable<Kpi> kpis, CancellationToken ct)
    {
        var rows = await kpis.AsNoTracking().Select(k => new
        {
            Kpi = k,
            Owner = db.Users.Where(u => u.Id == k.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            RootCause = db.RootCauses.Where(RootCauseRules.Live).Where(rc => rc.KpiId == k.Id).OrderBy(rc => rc.Reference)
                .Select(rc => new { rc.Id, rc.Reference }).FirstOrDefault(),
            // A root cause's KPI reports to its root cause's ISG.
            Isg = db.Isgs.Where(i => i.Id == k.IsgId || db.RootCauses.Where(RootCauseRules.Live).Any(rc => rc.KpiId == k.Id && rc.IsgId == i.Id))
                .Select(i => i.Name).FirstOrDefault(),
        }).ToListAsync(ct);
        return rows.Select(x => KpiDto.From(x.Kpi, x.Owner, x.Isg, x.RootCause?.Id, x.RootCause?.Reference)).ToList();
    }
}
