using MediatR;

namespace QipTracker.Web.Features.Inspections;

/// <summary>/api/v1 endpoints of CQC inspections: list, record and correct.</summary>
public static class InspectionEndpoints
{
    public static RouteGroupBuilder MapInspectionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/inspections", (IMediator m, CancellationToken ct) => m.Send(new ListInspections(), ct)).WithTags("Inspections");
        api.MapPost("/inspections", (RecordInspection request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Inspections");
        api.MapPut("/inspections/{id:guid}", (Guid id, UpdateInspection request, IMediator m, CancellationToken ct) => m.Send(request with { Id = id }, ct)).WithTags("Inspections");
        return api;
    }
}
