using MediatR;

namespace QipTracker.Web.Features.Spc;

/// <summary>/api/v1 endpoint of SPC: analyse any series sent, without storing it.</summary>
public static class SpcEndpoints
{
    public static RouteGroupBuilder MapSpcEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/spc/analyse", (AnalyseSeries request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("SPC");
        return api;
    }
}
