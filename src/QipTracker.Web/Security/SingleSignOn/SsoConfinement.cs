using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// A session started by a trust's identity provider works in that trust only. The provider is the trust's own (its
/// administrator chose it), so it is trusted to say who the trust's staff are, not what their account may do in another
/// trust or across the platform. Every request's principal loses, here, the system administrator's rights, any
/// oversight organisation's reading of other trusts and, when it points at another trust (switched in another session),
/// its trust and roles: the app then sees a person acting in no trust. Runs on every authentication, so no page, API or job check can forget it.
/// </summary>
public sealed class SsoConfinement : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.SignedInThroughTrust() is not { } trustId) return Task.FromResult(principal);
        var offTrust = principal.CurrentTrustId() != trustId;
        var confined = new ClaimsPrincipal();
        foreach (var identity in principal.Identities)
            confined.AddIdentity(new ClaimsIdentity(identity.Claims.Where(c => Keeps(c, offTrust)), identity.AuthenticationType,
                identity.NameClaimType, identity.RoleClaimType));
        return Task.FromResult(confined);
    }

    private static bool Keeps(Claim claim, bool offTrust) => claim.Type switch
    {
        QipClaims.SystemAdmin or QipClaims.OversightOrganisation or QipClaims.OversightOrganisationName => false,
        ClaimTypes.Role when claim.Value is QipClaims.SystemAdminRole or QipClaims.OversightRole => false,
        QipClaims.TrustId or QipClaims.TrustName or ClaimTypes.Role => !offTrust,
        _ => true,
    };
}
