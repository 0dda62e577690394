using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>The same chart as a PNG (ScottPlot), for board papers and anyone who wants the picture.</summary>
[AnyTrustMember]
public sealed record GetKpiChartPng(Guid KpiId, DateOnly? AsOf = null) : IQuery<byte[]>;

public sealed class GetKpiChartPngHandler(QipDbContext db, TimeProvider clock, ICurrentUser user) : IRequestHandler<GetKpiChartPng, byte[]>
{
    public async Task<byte[]> Handle(GetKpiChartPng r, CancellationToken ct)
    {
        var chart = await KpiChartView.LoadAsync(db, user, clock, r.KpiId, r.AsOf, ct);
        if (chart.Chart is null)
            throw new DomainException($"{chart.Kpi.Code} has {chart.Measurements.Count} measurement(s); its chart needs at least 2.");
        return XmrChartPng.Render(chart.Chart, $"{chart.Kpi.Code} {chart.Kpi.Name}", chart.Kpi.Unit,
            marks: [.. chart.Notes.Where(n => n.PointIndex is not null).Select(n => new XmrMark(n.PointIndex!.Value, n.Number))]);
    }
}
