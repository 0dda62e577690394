using MediatR;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.ApiTokens;

/// <summary>/api/v1 endpoints of a person's own API tokens; signed in by cookie only, so a token cannot mint or revoke tokens.</summary>
public static class ApiTokenEndpoints
{
    public static RouteGroupBuilder MapApiTokenEndpoints(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("API tokens").RequireCookieSession();
        tokens.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListMyApiTokens(), ct));
        tokens.MapPost("", (CreateApiToken request, IMediator m, CancellationToken ct) => m.Send(request, ct));
        tokens.MapDelete("/{tokenId:guid}", (Guid tokenId, IMediator m, CancellationToken ct) => m.Send(new RevokeApiToken(tokenId), ct));
        return api;
    }
}
