using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>The framework's OpenID Connect handler, given the per-trust options of <see cref="SsoOptionsMonitor"/>.</summary>
public sealed class SsoHandler(SsoOptionsMonitor options, ILoggerFactory logger, HtmlEncoder htmlEncoder, UrlEncoder encoder)
    : OpenIdConnectHandler(options, logger, htmlEncoder, encoder)
{
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The handler was made for this request (and kept) before the endpoint chose the trust: take that trust's options now.
        await InitializeAsync(Scheme, Context);
        await base.HandleChallengeAsync(properties);
    }
}
