namespace QipTracker.Web.Security;

/// <summary>
/// The browser-facing security headers, on every answer the app gives: pages, API answers, static files, redirects
/// and errors (set as the response starts, so an error page written after the exception handler cleared the
/// response gets them too). Runs first in the pipeline.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // Appended, not set: an answer that already carries a stricter policy of its own (evidence downloads
            // are sandboxed) keeps it, and the browser enforces both.
            headers.Append("Content-Security-Policy", ContentSecurityPolicy(context.Request));
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY"; // for browsers that predate frame-ancestors
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// Scripts only from the app's own files (Blazor, Radzen, the app's modules): no inline script and no eval, so
    /// injected markup cannot run. Styles allow 'unsafe-inline' because Radzen components set style attributes
    /// (sizes, positions, chart colours) and CSP cannot allow style attributes by hash or nonce; inline styles
    /// cannot run script. connect-src names the circuit's WebSocket on this host explicitly, for browsers whose
    /// 'self' does not cover ws:/wss:.
    /// </summary>
    public static string ContentSecurityPolicy(HttpRequest request)
    {
        var socket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src {ScriptSources(request.Path)}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self' {socket}",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }

    // Scalar's API reference page starts itself with an inline module script whose text varies with the page's
    // path, so neither a hash nor a nonce can name it. That page alone, behind sign-in and showing only the
    // app's own OpenAPI document, may run inline script; every other answer may not.
    private static string ScriptSources(PathString path) =>
        path.StartsWithSegments(ApiSurface.Reference) ? "'self' 'unsafe-inline'" : "'self'";
}
