using MediatR;

namespace QipTracker.Web.Features.Trusts;

/// <summary>/api/v1 endpoints of the signed-in person's trust: what it is, and the PMO's escalation thresholds and paper lists.</summary>
public static class TrustEndpoints
{
    public static RouteGroupBuilder MapTrustEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/trust", (IMediator m, CancellationToken ct) => m.Send(new GetCurrentTrust(), ct)).WithTags("Trust");
        api.MapPut("/trust/escalation-thresholds", (SetEscalationThresholds request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Trust");
        api.MapPut("/trust/paper-lists", (SetPaperLists request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Trust");
        return api;
    }
}
