using MediatR;

namespace QipTracker.Web.Features.Ecib;

/// <summary>/api/v1 endpoint of the ECIB: the week's pack.</summary>
public static class EcibEndpoints
{
    public static RouteGroupBuilder MapEcibEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/ecib/pack", (DateOnly? asOf, IMediator m, CancellationToken ct) => m.Send(new GetEcibPack(asOf), ct)).WithTags("ECIB");
        return api;
    }
}
