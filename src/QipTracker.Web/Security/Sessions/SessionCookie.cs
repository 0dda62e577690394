using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Security.Sessions;

/// <summary>
/// Ties the sign-in cookie to a server-side session. Signing in starts a session (and logs the
/// sign-in); re-issuing the cookie for the same person (switching trust, a password change) keeps
/// it; every request's cookie is checked against it before Identity's own security-stamp check.
/// </summary>
public static class SessionCookie
{
    private const string SessionItem = "qip.sid";

    /// <summary>The trust whose identity provider started this session, kept with the cookie so every re-issue keeps it.</summary>
    public const string SignedInThroughItem = "qip.sso-trust";

    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        var userId = context.Principal?.UserId();
        if (userId is null || context.Principal!.Identity is not ClaimsIdentity identity) return;
        var services = context.HttpContext.RequestServices;

        // A fresh unit of work: this runs inside Identity's sign-in, whatever the request's context is tracking.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<UserSessions>();
        Guid? sessionId = context.Properties.Items.TryGetValue(SessionItem, out var kept) && Guid.TryParse(kept, out var id)
                          && await sessions.IsActiveAsync(id, userId.Value) ? id : null;
        if (sessionId is null)
        {
            var client = services.GetRequiredService<ClientAddress>();
            sessionId = await sessions.StartAsync(userId.Value, client.IpAddress, client.UserAgent);
            var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
            scope.ServiceProvider.GetRequiredService<ClientAddress>().CopyFrom(client);
            await scope.ServiceProvider.GetRequiredService<SecurityLog>().WriteAsync(db, SecurityEventKind.SignedIn, userId,
                context.Principal.FindFirstValue(ClaimTypes.Email) ?? context.Principal.FindFirstValue(ClaimTypes.Name),
                context.Principal.CurrentTrustId());
        }
        context.Properties.Items[SessionItem] = sessionId.Value.ToString();
        foreach (var old in identity.FindAll(c => c.Type is QipClaims.Session or QipClaims.SignedInThrough).ToList()) identity.RemoveClaim(old);
        identity.AddClaim(new Claim(QipClaims.Session, sessionId.Value.ToString()));
        if (context.Properties.Items.TryGetValue(SignedInThroughItem, out var through) && Guid.TryParse(through, out _))
            identity.AddClaim(new Claim(QipClaims.SignedInThrough, through!));
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessionId = principal?.SessionId();
        var userId = principal?.UserId();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (sessionId is null || userId is null || !await sessions.IsActiveAsync(sessionId.Value, userId.Value, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>
    /// When Identity rebuilds the principal (security stamp check), the rebuilt one keeps its session and, for a single
    /// sign-on, the trust it is confined to.
    /// </summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is not ClaimsIdentity identity) return Task.CompletedTask;
        foreach (var type in new[] { QipClaims.Session, QipClaims.SignedInThrough })
            if (context.CurrentPrincipal?.FindFirst(type) is { } claim && !identity.HasClaim(c => c.Type == type))
                identity.AddClaim(new Claim(type, claim.Value));
        return Task.CompletedTask;
    }
}
