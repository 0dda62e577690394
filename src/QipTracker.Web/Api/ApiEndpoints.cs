using MediatR;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Inspections;
using QipTracker.Web.Features.Isgs;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Features.Trusts;
using QipTracker.Web.Security;

namespace QipTracker.Web.Api;

/// <summary>
/// /api/v1: thin endpoints that build a request and Send it. Role checks live in the pipeline,
/// tenant scoping in the query filters, error mapping in ErrorResponses. Signed in by cookie or
/// by a personal API token (Authorization: Bearer qip_…).
/// </summary>
public static class ApiEndpoints
{
    public static void MapQipApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery();
        api.MapPlanImportEndpoints();
        api.MapEvidenceEndpoints();
        api.MapBoardPaperEndpoints();

        api.MapGet("/trust", (IMediator m, CancellationToken ct) => m.Send(new GetCurrentTrust(), ct)).WithTags("Trust");
        api.MapGet("/trajectory", (DateOnly? asOf, Guid? isgId, bool? bySprint, IMediator m, CancellationToken ct) => m.Send(new GetTrajectory(asOf, isgId, bySprint ?? false), ct)).WithTags("Trajectory");
        api.MapGet("/trajectory/chart.png", async (Guid? isgId, PriorityClass? priority, DateOnly? asOf, bool? bySprint, IMediator m, CancellationToken ct) =>
            Results.File(await m.Send(new GetTrajectoryChart(isgId, priority, asOf, bySprint ?? false), ct), "image/png")).WithTags("Trajectory");
        api.MapGet("/isgs", (IMediator m, CancellationToken ct) => m.Send(new ListIsgs(), ct)).WithTags("ISGs");
        api.MapPost("/isgs", (SaveIsg request, IMediator m, CancellationToken ct) => m.Send(request with { Id = null }, ct)).WithTags("ISGs");
        api.MapPut("/isgs/{id:guid}", (Guid id, SaveIsg request, IMediator m, CancellationToken ct) => m.Send(request with { Id = id }, ct)).WithTags("ISGs");
        api.MapGet("/inspections", (IMediator m, CancellationToken ct) => m.Send(new ListInspections(), ct)).WithTags("Inspections");
        api.MapPost("/inspections", (RecordInspection request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Inspections");
        api.MapPut("/inspections/{id:guid}", (Guid id, UpdateInspection request, IMediator m, CancellationToken ct) => m.Send(request with { Id = id }, ct)).WithTags("Inspections");
        api.MapGet("/kloes", (IMediator m, CancellationToken ct) => m.Send(new ListKloes(), ct)).WithTags("Findings");
        api.MapGet("/findings", (Guid? isgId, FindingKind? kind, IMediator m, CancellationToken ct) => m.Send(new ListFindings(isgId, kind), ct)).WithTags("Findings");
        api.MapGet("/findings/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFinding(id), ct)).WithTags("Findings");
        api.MapPost("/findings", (FindingFields fields, IMediator m, CancellationToken ct) => m.Send(new CreateFinding(fields), ct)).WithTags("Findings");
        api.MapGet("/findings/{id:guid}/root-causes", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFindingLinks(id), ct)).WithTags("Findings");
        api.MapPost("/findings/{id:guid}/root-causes", (Guid id, RootCauseLinkBody b, IMediator m, CancellationToken ct) => m.Send(new LinkRootCause(id, b.RootCauseId, b.Version), ct)).WithTags("Findings");
        api.MapDelete("/findings/{id:guid}/root-causes/{rootCauseId:guid}", (Guid id, Guid rootCauseId, long version, IMediator m, CancellationToken ct) => m.Send(new UnlinkRootCause(id, rootCauseId, version), ct)).WithTags("Findings");
        api.MapPut("/findings/{id:guid}", (Guid id, FindingUpdateBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateFinding(id, b.Fields, b.Version), ct)).WithTags("Findings");
        api.MapPost("/root-causes", (CreateRootCause request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Root causes");

        var rc = api.MapGroup("/root-causes/{id:guid}").WithTags("Root causes");
        rc.MapGet("", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetRootCause(id), ct));
        rc.MapGet("/timeline", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTimeline(id), ct));
        rc.MapGet("/baselines", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetBaselineHistory(id), ct));
        rc.MapPost("/progress", (Guid id, ProgressBody b, IMediator m, CancellationToken ct) => m.Send(new ReportProgress(id, b.ForecastDue, b.OffTrack, b.Version), ct));
        rc.MapPost("/complete", (Guid id, CompleteBody b, IMediator m, CancellationToken ct) => m.Send(new MarkCompleted(id, b.CompletedOn, b.Version), ct));
        rc.MapPost("/assure", (Guid id, VersionBody b, IMediator m, CancellationToken ct) => m.Send(new Assure(id, b.Version), ct));
        rc.MapPost("/send-back", (Guid id, CommentBody b, IMediator m, CancellationToken ct) => m.Send(new SendBack(id, b.Comment, b.Version), ct));
        rc.MapPost("/reopen", (Guid id, ReasonBody b, IMediator m, CancellationToken ct) => m.Send(new Reopen(id, b.Reason, b.Version), ct));
        rc.MapPost("/embed", (Guid id, VersionBody b, IMediator m, CancellationToken ct) => m.Send(new Embed(id, b.Version), ct));
        rc.MapPut("/sbar", (Guid id, SbarBody b, IMediator m, CancellationToken ct) => m.Send(new EditSbar(id, b.Sbar, b.Version), ct));

        rc.MapGet("/actions", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListActions(id), ct)).WithTags("Actions");
        rc.MapPost("/actions", async (Guid id, NewActionBody b, IMediator m, CancellationToken ct) =>
        {
            var action = await m.Send(new AddAction(id, b.Title, b.OwnerId, b.DueOn), ct);
            return Results.Created($"/api/v1/actions/{action.Id}", action);
        }).WithTags("Actions");
        api.MapPatch("/actions/{id:guid}", (Guid id, ActionUpdateBody b, IMediator m, CancellationToken ct) =>
            m.Send(new UpdateAction(id, b.Status, b.ProgressNote, b.Version), ct)).WithTags("Actions");

        rc.MapGet("/change-requests", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListChangeRequests(RootCauseId: id), ct)).WithTags("Change requests");
        rc.MapPost("/change-requests", async (Guid id, ChangeBody b, IMediator m, CancellationToken ct) =>
        {
            var change = await m.Send(new RequestChange(id, b.Kind, b.Reason, b.ProposedDue, b.ProposedOwnerId, b.ProposedIsgId, b.MergeRootCauseIds, b.SplitParts), ct);
            return Results.Created($"/api/v1/change-requests/{change.Id}", change);
        }).WithTags("Change requests");
        api.MapGet("/change-requests", (ChangeStatus? status, IMediator m, CancellationToken ct) => m.Send(new ListChangeRequests(status), ct)).WithTags("Change requests");
        api.MapPost("/change-requests/{id:guid}/decision", (Guid id, DecisionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new DecideChange(id, b.Approve, b.Note, b.Version), ct)).WithTags("Change requests");

        api.MapGet("/escalations", (EscalationScope? scope, Guid? isgId, EscalationLevel? level, EscalatedItemKind? kind, EscalationReason? reason,
                bool? hasRecoveryPlan, int? page, int? pageSize, IMediator m, CancellationToken ct) =>
            m.Send(new ListEscalations(scope, isgId, level, kind, reason, hasRecoveryPlan, page ?? 1, pageSize ?? 25), ct)).WithTags("Escalations");
        api.MapPut("/escalations/{id:guid}/recovery-plan", (Guid id, RecoveryPlanBody b, IMediator m, CancellationToken ct) =>
            m.Send(new WriteRecoveryPlan(id, b.Plan, b.Version), ct)).WithTags("Escalations");

        api.MapPut("/trust/escalation-thresholds", (SetEscalationThresholds request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Trust");
        api.MapPut("/trust/paper-lists", (SetPaperLists request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Trust");

        api.MapSprintEndpoints();
        api.MapKpiEndpoints();
        api.MapGet("/ecib/pack", (DateOnly? asOf, IMediator m, CancellationToken ct) => m.Send(new GetEcibPack(asOf), ct)).WithTags("ECIB");

        api.MapPost("/spc/analyse", (Features.Spc.AnalyseSeries request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("SPC");

        var tokens = api.MapGroup("/tokens").WithTags("API tokens").RequireCookieSession();
        tokens.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListMyApiTokens(), ct));
        tokens.MapPost("", (CreateApiToken request, IMediator m, CancellationToken ct) => m.Send(request, ct));
        tokens.MapDelete("/{tokenId:guid}", (Guid tokenId, IMediator m, CancellationToken ct) => m.Send(new RevokeApiToken(tokenId), ct));
    }
}
