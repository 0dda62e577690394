using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// An ISG's assured or embedded root causes whose KPI's latest point is a special cause of concern: the fix may
/// have slipped, so the chair considers reopening them. Flagging changes nothing; reopening is the chair's decision.
/// </summary>
[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo, TrustRole.AccountableExecutive)]
public sealed record ListFlaggedForReopening(Guid IsgId) : IQuery<IReadOnlyList<FlaggedRootCause>>;

public sealed record FlaggedRootCause(Guid RootCauseId, string Reference, string Description, RootCauseStatus Status, Guid KpiId, string KpiCode,
    string KpiName, string LatestPeriod, decimal LatestValue, VariationIcon Variation, long Version);

public sealed class ListFlaggedForReopeningHandler(QipDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListFlaggedForReopening, IReadOnlyList<FlaggedRootCause>>
{
    public async Task<IReadOnlyList<FlaggedRootCause>> Handle(ListFlaggedForReopening r, CancellationToken ct)
    {
        var isg = await db.Isgs.Where(i => i.Id == r.IsgId).Select(i => new { i.Name, i.ChairId }).SingleOrDefaultAsync(ct)
                  ?? throw new NotFoundException($"ISG {r.IsgId}");
        // As on the ISG page: a chair sees their own ISGs; the PMO and executives see any.
        if (isg.ChairId != user.UserId && !user.IsIn(TrustRole.Pmo, TrustRole.AccountableExecutive))
            throw new ForbiddenException($"You do not chair {isg.Name}: a chair sees the KPIs flagged in their own ISGs.");
        var delivered = db.RootCauses.Where(RootCauseRules.Assured).Where(rc => rc.IsgId == r.IsgId && rc.KpiId != null);
        var rows = await (from rc in delivered join k in db.Kpis on rc.KpiId equals k.Id select new { RootCause = rc, Kpi = k })
            .AsNoTracking().ToListAsync(ct);
        var values = await KpiSeries.ValuesAsync(db, rows.Select(x => x.Kpi.Id).Distinct().ToList(), clock.Today(), ct);

        return rows.Select(x => (x.RootCause, x.Kpi, Values: values[x.Kpi.Id].ToList()))
            .Select(x => (x.RootCause, x.Kpi, x.Values, Chart: KpiSpc.Analyse(x.Kpi, x.Values)))
            .Where(x => x.Chart?.Points[^1].Type == SpcPointType.SpecialCauseConcern)
            .OrderBy(x => x.RootCause.Reference)
            .Select(x => new FlaggedRootCause(x.RootCause.Id, x.RootCause.Reference, x.RootCause.Description, x.RootCause.Status, x.Kpi.Id, x.Kpi.Code,
                x.Kpi.Name, x.Chart!.Points[^1].Period, x.Values[^1].Value, x.Chart.Variation, x.RootCause.Version))
            .ToList();
    }
}
