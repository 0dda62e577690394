using MediatR;

namespace QipTracker.Web.Features.Isgs;

/// <summary>/api/v1 endpoints of the trust's Improvement Steering Groups: list, set up and change.</summary>
public static class IsgEndpoints
{
    public static RouteGroupBuilder MapIsgEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/isgs", (IMediator m, CancellationToken ct) => m.Send(new ListIsgs(), ct)).WithTags("ISGs");
        api.MapPost("/isgs", (SaveIsg request, IMediator m, CancellationToken ct) => m.Send(request with { Id = null }, ct)).WithTags("ISGs");
        api.MapPut("/isgs/{id:guid}", (Guid id, SaveIsg request, IMediator m, CancellationToken ct) => m.Send(request with { Id = id }, ct)).WithTags("ISGs");
        return api;
    }
}
