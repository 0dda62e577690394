using System.Security.Claims;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Security;

public static class CurrentUserFromPrincipal
{
    /// <summary>Sets the scoped current user from a signed-in principal (cookie or API token).</summary>
    public static void SetFrom(this CurrentUser current, ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            current.Set(null, null, [], false);
            return;
        }
        current.Set(principal.UserId(), principal.CurrentTrustId(), principal.TrustRoles(), principal.IsSystemAdmin(), principal.OversightOrganisationId());
    }
}
