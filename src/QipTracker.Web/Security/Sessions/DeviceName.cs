namespace QipTracker.Web.Security.Sessions;

/// <summary>"Chrome on Windows" from a browser's User-Agent: enough for a person to recognise their own devices.</summary>
public static class DeviceName
{
    public static string From(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return "Unknown device";
        var ua = userAgent;
        var browser =
            Has(ua, "Edg/") ? "Edge" :
            Has(ua, "OPR/") ? "Opera" :
            Has(ua, "Firefox/") ? "Firefox" :
            Has(ua, "Chrome/") || Has(ua, "Chromium/") || Has(ua, "CriOS/") ? "Chrome" :
            Has(ua, "Safari/") ? "Safari" :
            Has(ua, "curl/") ? "curl" : "A browser";
        var system =
            Has(ua, "iPhone") ? "iPhone" :
            Has(ua, "iPad") ? "iPad" :
            Has(ua, "Android") ? "Android" :
            Has(ua, "Windows") ? "Windows" :
            Has(ua, "Mac OS X") || Has(ua, "Macintosh") ? "macOS" :
            Has(ua, "CrOS") ? "ChromeOS" :
            Has(ua, "Linux") ? "Linux" : null;
        return system is null ? browser : $"{browser} on {system}";
    }

    private static bool Has(string ua, string part) => ua.Contains(part, StringComparison.OrdinalIgnoreCase);
}
