using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Oversight;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>A trust that has granted the reader's organisation access, as the grant stands now.</summary>
public sealed record GrantedTrust(Guid TrustId, string TrustName, bool ShowOwnerNames);

/// <summary>
/// The one way an oversight user reads a trust. First, in the database on every request (so a revoked grant or a
/// removed member is refused at once, whatever the sign-in cookie or the open tab says), the trusts whose active
/// grant names the reader's organisation; the tenant filter is lifted for that read alone, each condition naming the
/// organisation and the reader. Then each trust's reads run in a scope of their own acting in that trust with no
/// trust role, so the ordinary tenant filter keeps every query to it. Nobody else's scoping changes.
/// </summary>
public sealed class OversightReads(QipDbContext db, ICurrentUser user, CurrentUser scoped, IServiceScopeFactory scopes)
{
    public async Task<(string Organisation, IReadOnlyList<GrantedTrust> Trusts)> GrantedAsync(Guid? onlyTrust, CancellationToken ct)
    {
        var (userId, organisationId) = Reader();
        var organisation = await db.OversightMembers.Where(m => m.UserId == userId && m.OrganisationId == organisationId)
            .Join(db.OversightOrganisations, m => m.OrganisationId, o => o.Id, (m, o) => o.Name)
            .SingleOrDefaultAsync(ct) ?? throw new ForbiddenException("You are no longer a member of an oversight organisation.");
        var trusts = await db.OversightGrants.IgnoreQueryFilters().Where(OversightGrant.Active)
            .Where(g => g.OrganisationId == organisationId && (onlyTrust == null || g.TrustId == onlyTrust))
            .Join(db.Trusts.IgnoreQueryFilters(), g => g.TrustId, t => t.Id, (g, t) => new { t.Id, t.Name, g.ShowOwnerNames })
            // Ordered before the record is made: SQL cannot order by a constructor's argument.
            .OrderBy(x => x.Name)
            .Select(x => new GrantedTrust(x.Id, x.Name, x.ShowOwnerNames))
            .ToListAsync(ct);
        return (organisation, trusts);
    }

    /// <summary>One trust that has granted access now; another (never granted, or revoked) is not found.</summary>
    public async Task<(string Organisation, GrantedTrust Trust)> GrantedOneAsync(Guid trustId, CancellationToken ct)
    {
        var (organisation, trusts) = await GrantedAsync(trustId, ct);
        return (organisation, trusts.SingleOrDefault() ?? throw new NotFoundException($"Trust {trustId}"));
    }

    /// <summary>Runs <paramref name="read"/> in a scope acting in the granted trust only, read-only (no trust role).</summary>
    public async Task<T> InTrustAsync<T>(GrantedTrust trust, Func<IServiceProvider, Task<T>> read)
    {
        var (userId, organisationId) = Reader();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsOversightReaderIn(userId, organisationId, trust.TrustId);
        return await read(scope.ServiceProvider);
    }

    /// <summary>
    /// Turns this request's own scope into the granted trust's, for a command: its one transaction then writes there
    /// (and the audit trail records the oversight user in that trust), as an invitation's answer acts in the inviting trust.
    /// </summary>
    public void ActIn(GrantedTrust trust)
    {
        var (userId, organisationId) = Reader();
        scoped.ActAsOversightReaderIn(userId, organisationId, trust.TrustId);
    }

    private (Guid UserId, Guid OrganisationId) Reader() =>
        (user.UserId ?? throw new ForbiddenException("Sign in first."),
         user.OversightOrganisationId ?? throw new ForbiddenException("You are not a member of an oversight organisation."));
}
