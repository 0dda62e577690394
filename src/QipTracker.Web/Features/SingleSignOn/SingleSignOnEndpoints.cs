using MediatR;

namespace QipTracker.Web.Features.SingleSignOn;

/// <summary>/api/v1 endpoints for the trust's single sign-on settings (trust administrators).</summary>
public static class SingleSignOnEndpoints
{
    public static RouteGroupBuilder MapSingleSignOnEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/trust/single-sign-on", (IMediator m, CancellationToken ct) => m.Send(new GetSingleSignOn(), ct)).WithTags("Trust");
        api.MapPut("/trust/single-sign-on", (ConfigureSingleSignOn request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Trust");
        return api;
    }
}
