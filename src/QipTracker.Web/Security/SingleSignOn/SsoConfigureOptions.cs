using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using QipTracker.Web.Features.SingleSignOn;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// Fills in a trust's OpenID Connect options: authorization code flow with PKCE, the answer by query string (so the
/// SameSite=Lax correlation cookies come back with it), the id token's claims kept as issued, the result signed in
/// to Identity's short-lived external cookie for <see cref="SsoEndpoints"/> to link to an account.
/// </summary>
public sealed class SsoConfigureOptions(IHttpContextAccessor http, IConfiguration config) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenIdConnectOptions o)
    {
        if (name is null || !name.StartsWith(SsoScheme.Name + ":", StringComparison.Ordinal)) return;
        var provider = name == SsoOptionsMonitor.DormantName ? null : http.HttpContext?.Features.Get<SsoProvider>();

        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" }) o.Scope.Add(scope);
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.SaveTokens = false;
        // Sign-out ends the app's own session; the provider's session is the provider's (no remote sign-out routes).
        o.SignedOutCallbackPath = PathString.Empty;
        o.RemoteSignOutPath = PathString.Empty;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Events = SsoEvents.Create();

        if (provider is null)
        {
            // Never reached: no request carries this path with a trust loaded. A valid-looking authority keeps validation quiet.
            o.Authority = "https://sso.invalid";
            o.ClientId = "none";
            o.CallbackPath = SingleSignOnPaths.CallbackPrefix + "none";
            return;
        }
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = SingleSignOnSecrets.Find(config, provider.ClientSecretName);
        o.CallbackPath = SingleSignOnPaths.Callback(provider.TrustId);
        // Plain HTTP only for a provider on this machine (a developer's or the tests'); the domain refuses it elsewhere.
        o.RequireHttpsMetadata = !Domain.Trusts.SingleSignOn.IsLoopback(provider.Authority);
    }
}
