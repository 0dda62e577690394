using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>The framework's OpenID Connect handler, given the per-trust options of <see cref="SsoOptionsMonitor"/>.</summary>
public sealed class SsoHandler(SsoOptionsMonitor options, ILoggerFactory logger, HtmlEncoder htmlEncoder, UrlEncoder encoder)
    : OpenIdConnectHandler(options, logger, htmlEncoder, encoder);
