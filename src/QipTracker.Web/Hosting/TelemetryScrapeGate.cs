using System.Security.Cryptography;
using System.Text;
using QipTracker.Web.Security;

namespace QipTracker.Web.Hosting;

/// <summary>
/// Who may read /metrics: the system administrator signed in with the browser cookie, or a scraper sending
/// <c>Authorization: Bearer &lt;Metrics:ScrapeToken&gt;</c> (a secret from configuration, never in the repository).
/// Anyone else gets 401 (nobody) or 403 (signed in, not the operator): the numbers describe every trust at once.
/// </summary>
public sealed class TelemetryScrapeGate(string? scrapeToken)
{
    public const string TokenKey = "Metrics:ScrapeToken";
    public const int MinimumTokenLength = 24;

    private readonly byte[]? _tokenHash = scrapeToken is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(scrapeToken));

    /// <summary>The configured token, or null when none is; one too short to be a secret stops start-up.</summary>
    public static string? ReadToken(IConfiguration config)
    {
        var token = config[TokenKey]?.Trim();
        if (string.IsNullOrEmpty(token)) return null;
        if (token.Length < MinimumTokenLength)
            throw new InvalidOperationException($"{TokenKey} is {token.Length} characters; a scrape token must be at least {MinimumTokenLength} (e.g. openssl rand -hex 32).");
        return token;
    }

    public Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        if (BearsScrapeToken(http)) return next();
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }
        if (!user.IsSystemAdmin() || user.SignedInWithApiToken())
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return next();
    }

    private bool BearsScrapeToken(HttpContext http)
    {
        if (_tokenHash is null) return false;
        var header = http.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)) return false;
        // Hashes of equal length, compared in constant time: the answer's timing tells nothing about the token.
        var offered = SHA256.HashData(Encoding.UTF8.GetBytes(header[Bearer.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(offered, _tokenHash);
    }
}
