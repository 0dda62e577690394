using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>A KPI with its measurements up to <paramref name="AsOf"/> (default today) read as its XmR chart.</summary>
[AnyTrustMember]
public sealed record GetKpiChart(Guid KpiId, DateOnly? AsOf = null) : IQuery<KpiChart>;

/// <summary>The same chart as a PNG (ScottPlot), for board papers and anyone who wants the picture.</summary>
[AnyTrustMember]
public sealed record GetKpiChartPng(Guid KpiId, DateOnly? AsOf = null) : IQuery<byte[]>;

/// <param name="Chart">Null below 2 measurements: there are no limits to draw yet.</param>
/// <param name="Targets">The target in force for each point of the chart (null where there is none), for a stepped target line.</param>
/// <param name="Notes">The dated notes of what changed, oldest first, numbered in that order on the chart.</param>
/// <param name="May">What the reader may do with the KPI, from the checks its commands run.</param>
public sealed record KpiChart(KpiDto Kpi, IReadOnlyList<MeasurementDto> Measurements, SpcResult? Chart, IReadOnlyList<decimal?> Targets,
    IReadOnlyList<KpiChartNote> Notes, KpiPermissions May);

/// <param name="Measure">Record its values and notes (<see cref="KpiAccess"/>).</param>
/// <param name="Manage">Change its settings, targets and SPC options.</param>
public sealed record KpiPermissions(bool Measure, bool Manage);

/// <param name="Number">Its number on the chart, from 1.</param>
/// <param name="PointIndex">The point of the period it falls in; null when no measurement covers that period.</param>
public sealed record KpiChartNote(int Number, int? PointIndex, KpiAnnotationDto Note);

public sealed class GetKpiChartHandlers(QipDbContext db, IMediator mediator, TimeProvider clock, ICurrentUser user) :
    IRequestHandler<GetKpiChart, KpiChart>,
    IRequestHandler<GetKpiChartPng, byte[]>
{
    public async Task<KpiChart> Handle(GetKpiChart r, CancellationToken ct)
    {
        var asOf = r.AsOf ?? clock.Today();
        var kpi = await mediator.Send(new GetKpi(r.KpiId), ct);
        var entity = await db.Kpis.AsNoTracking().SingleAsync(k => k.Id == r.KpiId, ct);
        var measurements = await MeasurementList.QueryAsync(db, db.KpiMeasurements.Where(m => m.KpiId == r.KpiId && m.Period <= asOf), entity.Frequency, ct);
        var chart = KpiSpc.Analyse(entity, measurements.Select(m => new KpiValue(m.Period, m.Value)));
        var periods = measurements.Select(m => m.Period).ToList();
        var notes = (await KpiAnnotationHandlers.ListAsync(db, entity, db.KpiAnnotations.Where(a => a.KpiId == r.KpiId && a.On <= asOf), ct))
            .Select((n, i) => new KpiChartNote(i + 1, KpiAnnotation.PointIndex(n.On, entity.Frequency, periods, asOf), n)).ToList();
        var may = new KpiPermissions(await db.MayMeasureAsync(user, entity, ct), user.MaySend<SaveKpi>() && user.MaySend<SetKpiTarget>() && user.MaySend<ConfigureSpc>());
        return new KpiChart(kpi, measurements, chart, chart is null ? [] : measurements.Select(m => entity.TargetFor(m.Period)).ToList(), notes, may);
    }

    public async Task<byte[]> Handle(GetKpiChartPng r, CancellationToken ct)
    {
        var chart = await Handle(new GetKpiChart(r.KpiId, r.AsOf), ct);
        if (chart.Chart is null)
            throw new DomainException($"{chart.Kpi.Code} has {chart.Measurements.Count} measurement(s); its chart needs at least 2.");
        return XmrChartPng.Render(chart.Chart, $"{chart.Kpi.Code} {chart.Kpi.Name}", chart.Kpi.Unit,
            marks: [.. chart.Notes.Where(n => n.PointIndex is not null).Select(n => new XmrMark(n.PointIndex!.Value, n.Number))]);
    }
}
