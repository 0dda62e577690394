using Microsoft.AspNetCore.Antiforgery;

namespace QipTracker.Web.Security;

/// <summary>
/// A browser sends the sign-in cookie with any page's request to the API, including a page on another port of the
/// same host (same-site, so SameSite=Lax does not stop it). So an API request that changes something and is signed
/// in with the cookie must show it came from the app's own page: the antiforgery token (rendered into every page)
/// in the <see cref="HeaderName"/> header, or else <c>Sec-Fetch-Site: same-origin</c>, or else an <c>Origin</c>
/// equal to the app's own (scheme, host and port). Requests signed in with an API token are not affected: no
/// browser adds an Authorization header to another site's request by itself.
/// </summary>
public sealed class CrossSiteRequestGuard(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems, IConfiguration config)
{
    public const string HeaderName = "RequestVerificationToken";

    // The public address, which is the browser's origin when a proxy in front is not configured as trusted.
    private readonly string? _publicOrigin = Uri.TryCreate(config["App:BaseUrl"], UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : null;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Guarded(http) || await FromOwnPageAsync(http))
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Cross-site request refused",
                Detail = $"A change signed in with the browser's cookie must come from QipTracker's own pages: send the page's antiforgery token " +
                         $"in the {HeaderName} header. Programs should use an API token instead.",
            },
        });
    }

    /// <summary>A request that changes something, to the API, signed in with the cookie.</summary>
    private static bool Guarded(HttpContext http)
    {
        var method = http.Request.Method;
        return http.Request.Path.StartsWithSegments("/api")
               && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
               && http.User.Identity?.IsAuthenticated == true
               && !http.User.SignedInWithApiToken();
    }

    private async Task<bool> FromOwnPageAsync(HttpContext http)
    {
        var headers = http.Request.Headers;
        // A token that is sent must be right; it is not overruled by the other signs.
        if (headers.ContainsKey(HeaderName)) return await antiforgery.IsRequestValidAsync(http);
        if (headers["Sec-Fetch-Site"] is { Count: > 0 } site) return site == "same-origin";
        return headers.Origin is { Count: 1 } origin && IsOwnOrigin(origin.ToString(), http.Request);
    }

    private bool IsOwnOrigin(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || string.Equals(origin, _publicOrigin, StringComparison.OrdinalIgnoreCase);
}
