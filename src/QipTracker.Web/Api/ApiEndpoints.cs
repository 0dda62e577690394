using QipTracker.Web.Features.Accounts;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Inspections;
using QipTracker.Web.Features.Isgs;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Oversight;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.SingleSignOn;
using QipTracker.Web.Features.Spc;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Features.Trusts;

namespace QipTracker.Web.Api;

/// <summary>
/// /api/v1: the one place that lists the features whose endpoints make up the API. Each feature maps its own routes
/// (Features/&lt;Area&gt;/&lt;Area&gt;Endpoints.cs): thin endpoints that build a request and Send it. Role checks live in the
/// pipeline, tenant scoping in the query filters, error mapping in ErrorResponses. Signed in by cookie or by a
/// personal API token (Authorization: Bearer qip_…).
/// </summary>
public static class ApiEndpoints
{
    public static void MapQipApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery()
            .MapPlanImportEndpoints()
            .MapEvidenceEndpoints()
            .MapBoardPaperEndpoints()
            .MapTrustEndpoints()
            .MapSingleSignOnEndpoints()
            .MapTrajectoryEndpoints()
            .MapIsgEndpoints()
            .MapInspectionEndpoints()
            .MapFindingEndpoints()
            .MapRootCauseEndpoints()
            .MapActionEndpoints()
            .MapChangeRequestEndpoints()
            .MapEscalationEndpoints()
            .MapSprintEndpoints()
            .MapKpiEndpoints()
            .MapEcibEndpoints()
            .MapSpcEndpoints()
            .MapOversightEndpoints()
            .MapApiTokenEndpoints()
            .MapPeopleEndpoints()
            .MapAccountsEndpoints();
}
