using System.Security.Claims;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>Who the provider says signed in: its issuer and subject (the stable key), and the email it vouches for.</summary>
public sealed record SsoIdentity(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name)
{
    /// <summary>
    /// From the validated id token's claims (kept as issued). The email counts as verified only when the provider says
    /// so: <c>email_verified</c> true (the OpenID Connect standard claim, which NHSmail and most providers send), or
    /// Microsoft Entra ID's optional <c>xms_edov</c> true (the email's domain is verified as owned by the tenant). A
    /// provider that says neither is not trusted to vouch for the address, whatever its domain.
    /// </summary>
    public static SsoIdentity? From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst("sub");
        if (subject is null || string.IsNullOrEmpty(subject.Value)) return null;
        var issuer = principal.FindFirst("iss")?.Value is { Length: > 0 } iss ? iss : subject.Issuer;
        var verified = IsTrue(principal.FindFirst("email_verified")?.Value) || IsTrue(principal.FindFirst("xms_edov")?.Value);
        return new SsoIdentity(issuer, subject.Value, principal.FindFirst("email")?.Value?.Trim(), verified, principal.FindFirst("name")?.Value);
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
}
