namespace QipTracker.Web.Features.SingleSignOn;

/// <summary>The sign-in routes. The callback carries the trust, so the provider's answer is read with that trust's settings.</summary>
public static class SingleSignOnPaths
{
    public const string Start = "/account/sso";
    public const string CallbackPrefix = "/account/sso/callback/";
    public const string Complete = "/account/sso/complete";
    public const string Refused = "/account/sso/refused";

    public static string Callback(Guid trustId) => CallbackPrefix + trustId.ToString("D");

    public static Guid? TrustInCallback(PathString path) =>
        path.StartsWithSegments("/account/sso/callback", StringComparison.OrdinalIgnoreCase, out var rest)
        && Guid.TryParse(rest.Value?.Trim('/'), out var id) ? id : null;
}
