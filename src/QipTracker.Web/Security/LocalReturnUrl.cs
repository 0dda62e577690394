namespace QipTracker.Web.Security;

/// <summary>
/// Where to send someone after signing in: only a plain path on this site. Anything else — another
/// host (//evil, /\evil), a scheme, control characters or backslashes, also when percent-encoded
/// (/%09/evil, /%5Cevil, /%2F/evil) — becomes the home page, so a phishing link cannot bounce
/// through our sign-in and a strange address never fails the sign-in.
/// </summary>
public static class LocalReturnUrl
{
    private const int MaxLength = 2048, DecodeRounds = 3;

    public static string Sanitise(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength) return "/";
        var form = returnUrl;
        for (var round = 0; round < DecodeRounds; round++)
        {
            if (!IsPlainLocalPath(form)) return "/";
            var decoded = Uri.UnescapeDataString(form);
            if (decoded == form) return returnUrl;
            form = decoded;
        }
        return "/"; // still encoded after several rounds: nobody types that
    }

    private static bool IsPlainLocalPath(string url) =>
        url.StartsWith('/')
        && !(url.Length > 1 && url[1] is '/' or '\\')
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
