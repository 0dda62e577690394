using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.SingleSignOn;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>What the app adds to the provider conversation: the address typed as a login hint, and a refusal page in words.</summary>
public static class SsoEvents
{
    public static OpenIdConnectEvents Create() => new()
    {
        OnRedirectToIdentityProvider = ctx =>
        {
            if (ctx.Properties.Items.TryGetValue(SsoScheme.LoginHintItem, out var hint) && !string.IsNullOrEmpty(hint))
                ctx.ProtocolMessage.LoginHint = hint;
            return Task.CompletedTask;
        },
        // A token that fails validation (signature, issuer, audience, nonce), an error from the provider, an expired or
        // replayed answer: never a sign-in, a page that says so.
        OnRemoteFailure = async ctx =>
        {
            var services = ctx.HttpContext.RequestServices;
            var trustId = SingleSignOnPaths.TrustInCallback(ctx.Request.Path);
            await services.GetRequiredService<SecurityLog>().WriteAsync(services.GetRequiredService<QipDbContext>(), SecurityEventKind.SignInFailed,
                null, null, trustId, $"Single sign-on failed: {ctx.Failure?.Message}");
            ctx.Response.Redirect($"{SingleSignOnPaths.Refused}?reason={SsoRefusal.ProviderAnswerRefused.Code()}");
            ctx.HandleResponse();
        },
    };
}
