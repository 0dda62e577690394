using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>Which trust's provider an address signs in with, and whether a person must sign in that way.</summary>
public sealed class SsoRequirement(QipDbContext db)
{
    /// <summary>
    /// True when the person is a member of a trust that requires single sign-on (or is joining one:
    /// <paramref name="joining"/>) and is not that trust's break-glass administrator: a password does not sign them in,
    /// so they are not given one either.
    /// </summary>
    public Task<bool> RefusesPasswordAsync(Guid userId, Guid? joining = null, CancellationToken ct = default) =>
        // Across trusts on purpose: the rule follows the person into every trust they belong to.
        db.SingleSignOn.IgnoreQueryFilters().AnyAsync(s => s.RequireSingleSignOn && s.BreakGlassUserId != userId
            && (s.TrustId == joining || db.Memberships.IgnoreQueryFilters().Any(m => m.TrustId == s.TrustId && m.UserId == userId)), ct);

    /// <summary>
    /// The trust whose provider signs in this address: the one trust that allows its domain; if several do (NHSmail's
    /// nhs.net is shared), the first of them that the address's account belongs to or is invited to, else the first by name.
    /// </summary>
    public async Task<Domain.Trusts.SingleSignOn?> ProviderForAsync(string email, CancellationToken ct)
    {
        var domain = Domain.Trusts.SingleSignOn.DomainOf(email);
        if (domain.Length == 0) return null;
        var candidates = await db.SingleSignOn.IgnoreQueryFilters().AsNoTracking().Where(s => s.AllowedEmailDomains.Contains(domain))
            .Join(db.Trusts.IgnoreQueryFilters(), s => s.TrustId, t => t.Id, (s, t) => new { Settings = s, t.Name })
            .ToListAsync(ct);
        if (candidates.Count <= 1) return candidates.SingleOrDefault()?.Settings;
        var normalised = email.Trim().ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        var theirs = userId is null ? [] : await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId).Select(m => m.TrustId)
            .Union(db.Invitations.IgnoreQueryFilters().Where(i => i.UserId == userId && i.AcceptedAt == null).Select(i => i.TrustId))
            .ToListAsync(ct);
        return candidates.OrderBy(c => theirs.Contains(c.Settings.TrustId) ? 0 : 1).ThenBy(c => c.Name).First().Settings;
    }
}
