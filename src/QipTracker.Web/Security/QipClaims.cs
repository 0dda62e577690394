using System.Security.Claims;
using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Security;

/// <summary>The claims a signed-in person carries: who, which trust they work in, their roles there.</summary>
public static class QipClaims
{
    public const string TrustId = "qip:trust";
    public const string TrustName = "qip:trust-name";
    public const string DisplayName = "qip:name";
    public const string SystemAdmin = "qip:sysadmin";
    public const string SystemAdminRole = "SystemAdmin";
    /// <summary>The oversight organisation a person reads for; with it, the role "Oversight" and no trust.</summary>
    public const string OversightOrganisation = "qip:oversight";
    public const string OversightRole = "Oversight";
    /// <summary>The oversight organisation's name, for the page header.</summary>
    public const string OversightOrganisationName = "qip:oversight-name";
    /// <summary>Present only when the request was signed in with a personal API token (its id), never on a cookie session.</summary>
    public const string ApiTokenId = "qip:api-token";
    /// <summary>The server-side session this sign-in cookie belongs to (see UserSessions).</summary>
    public const string Session = "qip:sid";
    /// <summary>
    /// Present when the session was started by a trust's identity provider (single sign-on): that trust's id. The
    /// session works in that trust only (<see cref="SingleSignOn.SsoConfinement"/>).
    /// </summary>
    public const string SignedInThrough = "qip:sso-trust";

    public static Guid? UserId(this ClaimsPrincipal p) =>
        Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? CurrentTrustId(this ClaimsPrincipal p) =>
        Guid.TryParse(p.FindFirstValue(TrustId), out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal p) =>
        Guid.TryParse(p.FindFirstValue(Session), out var id) ? id : null;

    public static Guid? SignedInThroughTrust(this ClaimsPrincipal p) =>
        Guid.TryParse(p.FindFirstValue(SignedInThrough), out var id) ? id : null;

    public static Guid? OversightOrganisationId(this ClaimsPrincipal p) =>
        Guid.TryParse(p.FindFirstValue(OversightOrganisation), out var id) ? id : null;

    public static bool IsSystemAdmin(this ClaimsPrincipal p) => p.HasClaim(SystemAdmin, "true");

    public static bool SignedInWithApiToken(this ClaimsPrincipal p) => p.HasClaim(c => c.Type == ApiTokenId);

    public static IEnumerable<TrustRole> TrustRoles(this ClaimsPrincipal p) =>
        p.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<TrustRole>(c.Value, out var r) ? (TrustRole?)r : null)
            .Where(r => r is not null).Select(r => r!.Value);
}
