using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Net.Http.Headers;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>The framework's OpenID Connect handler, given the per-trust options of <see cref="SsoOptionsMonitor"/>.</summary>
public sealed class SsoHandler(SsoOptionsMonitor options, ILoggerFactory logger, HtmlEncoder htmlEncoder, UrlEncoder encoder)
    : OpenIdConnectHandler(options, logger, htmlEncoder, encoder)
{
    private readonly HtmlEncoder _html = htmlEncoder;

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The handler was made for this request (and kept) before the endpoint chose the trust: take that trust's options now.
        await InitializeAsync(Scheme, Context);
        await base.HandleChallengeAsync(properties);
        if (Response.StatusCode == StatusCodes.Status302Found && Response.Headers.Location.ToString() is { Length: > 0 } location)
            await ContinueInPageAsync(location);
    }

    /// <summary>
    /// The challenge answers the sign-in form's post, and the app's Content-Security-Policy (form-action 'self') makes
    /// the browser refuse to follow a form's redirect to another origin. So the provider's address comes in a page of
    /// the app's own that goes on by itself (a refresh, no script) or by its link: a new navigation, not the form's.
    /// </summary>
    private Task ContinueInPageAsync(string location)
    {
        Response.StatusCode = StatusCodes.Status200OK;
        Response.Headers.Remove(HeaderNames.Location);
        Response.Headers.CacheControl = "no-store";
        Response.ContentType = "text/html; charset=utf-8";
        var url = _html.Encode(location);
        return Response.WriteAsync($"""
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={url}">
            <title>Continuing to your organisation · QipTracker</title></head>
            <body><p data-testid="sso-continuing">Taking you to your organisation's sign-in. <a href="{url}">Continue</a> if nothing happens.</p></body></html>
            """);
    }
}
