using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.SingleSignOn;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// "Sign in with your organisation account": the address typed picks the trust's provider and the app challenges
/// it; after the provider's answer is validated (by <see cref="SsoHandler"/> at the trust's callback path) the
/// complete step links it to an account by <see cref="SsoAccounts"/>' rules and starts the app's normal cookie
/// session, which sign-out ends like any other.
/// </summary>
public static class SsoEndpoints
{
    public static void MapSingleSignOnSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(SingleSignOnPaths.Start, Start).AllowAnonymous();
        app.MapGet(SingleSignOnPaths.Complete, Complete).AllowAnonymous();
    }

    private static async Task<IResult> Start([FromForm] string email, [FromForm] string? returnUrl, HttpContext http, SsoRequirement requirement)
    {
        var provider = await requirement.ProviderForAsync(email, http.RequestAborted);
        if (provider is null) return Refused(SsoRefusal.NoProvider);
        http.Features.Set(SsoProvider.From(provider));
        var properties = new AuthenticationProperties
        {
            RedirectUri = $"{SingleSignOnPaths.Complete}?returnUrl={Uri.EscapeDataString(LocalReturnUrl.Sanitise(returnUrl))}",
            Items = { [SsoScheme.TrustItem] = provider.TrustId.ToString(), [SsoScheme.LoginHintItem] = email.Trim() },
        };
        return Results.Challenge(properties, [SsoScheme.Name]);
    }

    private static async Task<IResult> Complete([FromQuery] string? returnUrl, HttpContext http, SsoAccounts accounts,
        SignInManager<AppUser> signIn, UserManager<AppUser> users, QipDbContext db, SecurityLog log)
    {
        // The provider's validated answer, held for a moment in Identity's external cookie: used once, then gone.
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        var who = external.Succeeded ? SsoIdentity.From(external.Principal) : null;
        if (who is null || external.Properties?.Items.TryGetValue(SsoScheme.TrustItem, out var trustText) != true
            || !Guid.TryParse(trustText, out var trustId))
            return Refused(SsoRefusal.ProviderAnswerRefused);

        var (user, refusal) = await accounts.SignInAsync(trustId, who, http.RequestAborted);
        if (refusal is { } refused || user is null)
        {
            var why = refusal ?? SsoRefusal.NotInvited;
            await log.WriteAsync(db, SecurityEventKind.SignInFailed, user?.Id, who.Email, trustId, SsoRefusalText.LogDetail(why));
            return Refused(why);
        }

        // The session works in the trust whose provider signed the person in.
        user.CurrentTrustId = trustId;
        await users.UpdateAsync(user);
        // Confined to that trust: its provider vouches for its own staff, not for what the account may do elsewhere.
        await signIn.SignInAsync(user, new AuthenticationProperties { Items = { [SessionCookie.SignedInThroughItem] = trustId.ToString() } }, "sso");
        return Results.LocalRedirect(LocalReturnUrl.Sanitise(returnUrl));
    }

    private static IResult Refused(SsoRefusal refusal) => Results.LocalRedirect($"{SingleSignOnPaths.Refused}?reason={refusal.Code()}");
}
