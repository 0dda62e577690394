using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// The SPC summary table: each KPI's latest value, target, variation and assurance icons, concerns first.
/// Only measurements of periods up to <paramref name="AsOf"/> (default today) count, so a past month's board
/// paper reproduces. With an ISG, its high-level KPIs and the KPIs of its root causes.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetSpcSummary(Guid? IsgId = null, KpiKind? Kind = null, DateOnly? AsOf = null) : IQuery<IReadOnlyList<SpcSummaryRow>>;

/// <param name="Points">Measurements up to the as-of date; below 2 the icons are CommonCause and None (no chart yet).</param>
public sealed record SpcSummaryRow(Guid KpiId, string Code, string Name, Guid? IsgId, string? Isg, CqcDomain? Domain, string Unit,
    ImprovementDirection Direction, DateOnly? LatestPeriod, string? LatestPeriodLabel, decimal? LatestValue, decimal? Target,
    VariationIcon Variation, AssuranceIcon Assurance, bool TrialLimits, int Points)
{
    /// <summary>Its place in the board's "concerns first" order (<see cref="KpiSpc.ConcernRank"/>).</summary>
    public int ConcernRank => KpiSpc.ConcernRank(Variation, Assurance);
}

public sealed class GetSpcSummaryHandler(SpcSummaryQuery summary) : IRequestHandler<GetSpcSummary, IReadOnlyList<SpcSummaryRow>>
{
    public Task<IReadOnlyList<SpcSummaryRow>> Handle(GetSpcSummary r, CancellationToken ct) => summary.RowsAsync(r.IsgId, r.Kind, r.AsOf, ct);

    /// <param name="reading">The chart's reading when the caller has it (<see cref="SpcIcons"/>); else it is read here.</param>
    public static SpcSummaryRow Row(Kpi kpi, Guid? isgId, string? isg, IReadOnlyList<KpiValue> values, DateOnly asOf, SpcReading? reading = null)
    {
        var chart = reading ?? SpcReading.Of(KpiSpc.Analyse(kpi, values));
        var latest = values.Count > 0 ? values[^1] : null;
        return new SpcSummaryRow(kpi.Id, kpi.Code, kpi.Name, isgId, isg, kpi.Domain, kpi.Unit, kpi.Direction,
            latest?.Period, latest is null ? null : KpiPeriods.Label(kpi.Frequency, latest.Period), latest?.Value,
            kpi.TargetFor(latest?.Period ?? asOf),
            chart.Variation, chart.Assurance, chart.TrialLimits, values.Count);
    }
}

/// <summary>The SPC summary read (see <see cref="GetSpcSummary"/>), shared by the KPI pages and the board member's Home.</summary>
public sealed class SpcSummaryQuery(QipDbContext db, TimeProvider clock, SpcIcons icons)
{
    public async Task<IReadOnlyList<SpcSummaryRow>> RowsAsync(Guid? isgId, KpiKind? kind, DateOnly? asOfDate, CancellationToken ct)
    {
        var asOf = asOfDate ?? clock.Today();
        var kpis = db.Kpis.AsQueryable();
        if (kind is { } k) kpis = kpis.Where(x => x.Kind == k);
        if (isgId is { } isg) kpis = kpis.Where(x => x.IsgId == isg || db.RootCauses.Any(rc => rc.KpiId == x.Id && rc.IsgId == isg));

        // A root cause's KPI reports to its root cause's ISG.
        var rows = await kpis.AsNoTracking()
            .Select(k => new { Kpi = k, IsgId = k.IsgId ?? db.RootCauses.Where(rc => rc.KpiId == k.Id).Select(rc => (Guid?)rc.IsgId).FirstOrDefault() })
            .Select(x => new { x.Kpi, x.IsgId, Isg = db.Isgs.Where(i => i.Id == x.IsgId).Select(i => i.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var values = await KpiSeries.ValuesAsync(db, rows.Select(x => x.Kpi.Id).ToList(), asOf, ct);

        return rows.Select(x => (x, Values: values[x.Kpi.Id].ToList()))
            .Select(r => GetSpcSummaryHandler.Row(r.x.Kpi, r.x.IsgId, r.x.Isg, r.Values, asOf, icons.Of(r.x.Kpi, r.Values)))
            .OrderBy(s => KpiSpc.ConcernRank(s.Variation, s.Assurance)).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }
}
