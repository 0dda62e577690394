using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace QipTracker.Web.Security.Sessions;

/// <summary>
/// A Blazor circuit outlives the request that opened it: every minute it checks that its
/// sign-in's session is still active, and signs the page out when it is not.
/// </summary>
public sealed class SessionRevalidatingStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) => IsStillSignedInAsync(state.User, ct);

    internal async Task<bool> IsStillSignedInAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var sessionId = user.SessionId();
        var userId = user.UserId();
        if (sessionId is null || userId is null) return false;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserSessions>().IsActiveAsync(sessionId.Value, userId.Value, ct);
    }
}
