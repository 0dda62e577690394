using MediatR;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Isgs;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.Trusts;

namespace QipTracker.Web.Api;

/// <summary>
/// /api/v1: thin endpoints that build a request and Send it. Role checks live in the pipeline,
/// tenant scoping in the query filters, error mapping in ErrorResponses.
/// </summary>
public static class ApiEndpoints
{
    public static void MapQipApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery();

        api.MapGet("/trust", (IMediator m, CancellationToken ct) => m.Send(new GetCurrentTrust(), ct)).WithTags("Trust");
        api.MapGet("/isgs", (IMediator m, CancellationToken ct) => m.Send(new ListIsgs(), ct)).WithTags("ISGs");
        api.MapGet("/findings/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFinding(id), ct)).WithTags("Findings");
        api.MapGet("/root-causes/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetRootCause(id), ct)).WithTags("Root causes");
    }
}
