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

public sealed class GetKpiChartHandler(QipDbContext db, TimeProvider clock, ICurrentUser user) : IRequestHandler<GetKpiChart, KpiChart>
{
    public Task<KpiChart> Handle(GetKpiChart r, CancellationToken ct) => KpiChartView.LoadAsync(db, user, clock, r.KpiId, r.AsOf, ct);
}

/// <summary>A KPI's chart as <see cref="GetKpiChart"/> answers it: shared with <see cref="GetKpiChartPng"/>, which draws it.</summary>
public static class KpiChartView
{
    public static async Task<KpiChart> LoadAsync(QipDbContext db, ICurrentUser user, TimeProvider clock, Guid kpiId, DateOnly? asOfDate, CancellationToken ct)
    {
        var asOf = asOfDate ?? clock.Today();
        var kpi = await KpiView.LoadAsync(db, kpiId, ct);
        var entity = await db.Kpis.AsNoTracking().SingleAsync(k => k.Id == kpiId, ct);
        var measurements = await MeasurementList.QueryAsync(db, db.KpiMeasurements.Where(m => m.KpiId == kpiId && m.Period <= asOf), entity.Frequency, ct);
        var chart = KpiSpc.Analyse(entity, measurements.Select(m => new KpiValue(m.Period, m.Value)));
        var periods = measurements.Select(m => m.Period).ToList();
        var notes = (await KpiAnnotationView.ListAsync(db, entity, db.KpiAnnotations.Where(a => a.KpiId == kpiId && a.On <= asOf), ct))
            .Select((n, i) => new KpiChartNote(i + 1, KpiAnnotation.PointIndex(n.On, entity.Frequency, periods, asOf), n)).ToList();
        var may = new KpiPermissions(await db.MayMeasureAsync(user, entity, ct), user.MaySend<SaveKpi>() && user.MaySend<SetKpiTarget>() && user.MaySend<ConfigureSpc>());
        return new KpiChart(kpi, measurements, chart, chart is null ? [] : measurements.Select(m => entity.TargetFor(m.Period)).ToList(), notes, may);
    }
}
