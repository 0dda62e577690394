using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Security;

/// <summary>
/// Builds the sign-in principal: the person's current trust (the one they last switched to, if
/// they are still a member, else their first) and their roles in that trust only; or, for a person of an oversight
/// organisation, that organisation and no trust.
/// </summary>
public sealed class QipClaimsPrincipalFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, QipDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(QipClaims.DisplayName, user.DisplayName));
        if (user.IsSystemAdmin)
        {
            identity.AddClaim(new Claim(QipClaims.SystemAdmin, "true"));
            identity.AddClaim(new Claim(ClaimTypes.Role, QipClaims.SystemAdminRole));
        }

        // A person of an oversight organisation reads as it and holds no trust role, whatever else they are.
        var oversight = await db.OversightMembers.Where(m => m.UserId == user.Id)
            .Join(db.OversightOrganisations, m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name }).FirstOrDefaultAsync();
        if (oversight is not null)
        {
            identity.AddClaim(new Claim(QipClaims.OversightOrganisation, oversight.Id.ToString()));
            identity.AddClaim(new Claim(QipClaims.OversightOrganisationName, oversight.Name));
            identity.AddClaim(new Claim(ClaimTypes.Role, QipClaims.OversightRole));
            return identity;
        }

        // Memberships across all trusts: the user is not yet acting in any trust here.
        var memberships = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id)
            .Join(db.Trusts.IgnoreQueryFilters(), m => m.TrustId, t => t.Id, (m, t) => new { m.TrustId, t.Name, m.Role })
            .ToListAsync();
        var trust = memberships.FirstOrDefault(m => m.TrustId == user.CurrentTrustId)
                    ?? memberships.OrderBy(m => m.Name).FirstOrDefault();
        if (trust is null) return identity;

        identity.AddClaim(new Claim(QipClaims.TrustId, trust.TrustId.ToString()));
        identity.AddClaim(new Claim(QipClaims.TrustName, trust.Name));
        foreach (var role in memberships.Where(m => m.TrustId == trust.TrustId).Select(m => m.Role).Distinct())
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        return identity;
    }
}
