using MediatR;
using QipTracker.Domain.Kpis;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// /api/v1 endpoints of the KPI library: KPIs, targets and SPC settings, measurements (one by hand, a CSV upload,
/// or a BI team's push with a personal API token), charts and the SPC summary. Roles come from the pipeline.
/// </summary>
public static class KpiEndpoints
{
    public sealed record KpiBody(KpiFields Fields, long Version);
    public sealed record TargetBody(string From, decimal? Value, long Version);
    public sealed record SpcSettingsBody(IReadOnlyList<string>? RebaseAt, int? FixLimitsAfter, bool ScreenOutliers, int SustainPeriods, long Version);
    public sealed record MeasurementBody(string Period, decimal Value, string? Note);
    public sealed record LinkKpiBody(Guid? KpiId, long Version);
    public sealed record AnnotationBody(DateOnly On, string Text);

    public static RouteGroupBuilder MapKpiEndpoints(this RouteGroupBuilder api)
    {
        var kpis = api.MapGroup("/kpis").WithTags("KPIs");
        kpis.MapGet("", (Guid? isgId, KpiKind? kind, IMediator m, CancellationToken ct) => m.Send(new ListKpis(isgId, kind), ct));
        kpis.MapPost("", (KpiFields fields, IMediator m, CancellationToken ct) => m.Send(new SaveKpi(null, fields), ct));
        kpis.MapGet("/spc-summary", (Guid? isgId, KpiKind? kind, DateOnly? asOf, IMediator m, CancellationToken ct) => m.Send(new GetSpcSummary(isgId, kind, asOf), ct));
        kpis.MapPost("/measurements", (PushMeasurements request, IMediator m, CancellationToken ct) => m.Send(request, ct));
        kpis.MapPost("/measurements/upload", async (IFormFile file, IMediator m, CancellationToken ct) =>
            {
                using var reader = new StreamReader(file.OpenReadStream());
                return await m.Send(new UploadMeasurements(await reader.ReadToEndAsync(ct)), ct);
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");

        var kpi = kpis.MapGroup("/{id:guid}");
        kpi.MapGet("", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetKpi(id), ct));
        kpi.MapPut("", (Guid id, KpiBody b, IMediator m, CancellationToken ct) => m.Send(new SaveKpi(id, b.Fields, b.Version), ct));
        kpi.MapPut("/target", (Guid id, TargetBody b, IMediator m, CancellationToken ct) => m.Send(new SetKpiTarget(id, b.From, b.Value, b.Version), ct));
        kpi.MapPut("/spc", (Guid id, SpcSettingsBody b, IMediator m, CancellationToken ct) =>
            m.Send(new ConfigureSpc(id, b.RebaseAt ?? [], b.FixLimitsAfter, b.ScreenOutliers, b.SustainPeriods, b.Version), ct));
        kpi.MapPost("/measurements", (Guid id, MeasurementBody b, IMediator m, CancellationToken ct) => m.Send(new RecordMeasurement(id, b.Period, b.Value, b.Note), ct));
        kpi.MapPost("/annotations", (Guid id, AnnotationBody b, IMediator m, CancellationToken ct) => m.Send(new AnnotateKpi(id, b.On, b.Text), ct));
        kpi.MapGet("/chart", (Guid id, DateOnly? asOf, IMediator m, CancellationToken ct) => m.Send(new GetKpiChart(id, asOf), ct));
        kpi.MapGet("/chart.png", async (Guid id, DateOnly? asOf, IMediator m, CancellationToken ct) =>
            Results.File(await m.Send(new GetKpiChartPng(id, asOf), ct), "image/png"));

        api.MapPut("/root-causes/{id:guid}/kpi", (Guid id, LinkKpiBody b, IMediator m, CancellationToken ct) => m.Send(new LinkRootCauseKpi(id, b.KpiId, b.Version), ct))
            .WithTags("KPIs");
        api.MapGet("/isgs/{isgId:guid}/flagged-for-reopening", (Guid isgId, IMediator m, CancellationToken ct) => m.Send(new ListFlaggedForReopening(isgId), ct))
            .WithTags("KPIs");
        return api;
    }
}
