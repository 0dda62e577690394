using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

[AnyTrustMember]
public sealed record GetKpi(Guid Id) : IQuery<KpiDto>;

public sealed class GetKpiHandler(QipDbContext db) : IRequestHandler<GetKpi, KpiDto>
{
    public Task<KpiDto> Handle(GetKpi r, CancellationToken ct) => KpiView.LoadAsync(db, r.Id, ct);
}

/// <summary>KPIs as people read them: shared by the KPI queries and the commands that answer with the KPI they changed.</summary>
public static class KpiView
{
    public static async Task<KpiDto> LoadAsync(QipDbContext db, Guid id, CancellationToken ct) =>
        (await DescribeAsync(db, db.Kpis.Where(k => k.Id == id), ct)).SingleOrDefault() ?? throw new NotFoundException($"KPI {id}");

    // The owner's name, the ISG's name and the linked root cause come with the KPI in one query.
    public static async Task<IReadOnlyList<KpiDto>> DescribeAsync(QipDbContext db, IQueryable<Kpi> kpis, CancellationToken ct)
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
