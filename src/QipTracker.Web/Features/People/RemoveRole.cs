using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.People;

/// <summary>
/// A TrustAdmin takes a role away from a member of the trust. The person's sign-ins end, so the
/// role is gone at once rather than when their cookie next refreshes; their API tokens for it stop.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record RemoveRole(Guid UserId, TrustRole Role) : ICommand<bool>;

public sealed class RemoveRoleHandler(QipDbContext db, UserSessions sessions, SecurityLog log, ICurrentUser current) : IRequestHandler<RemoveRole, bool>
{
    public async Task<bool> Handle(RemoveRole r, CancellationToken ct)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == r.UserId && m.Role == r.Role, ct)
                         ?? throw new NotFoundException("That person's role");
        if (r.Role == TrustRole.TrustAdmin && await db.Memberships.CountAsync(m => m.Role == TrustRole.TrustAdmin, ct) == 1)
            throw new DomainException("A trust needs at least one trust administrator: invite another before removing this one.");
        db.Memberships.Remove(membership);
        var email = await db.Users.Where(u => u.Id == r.UserId).Select(u => u.Email).SingleAsync(ct);
        log.Add(db, SecurityEventKind.RoleRemoved, r.UserId, email, current.TrustId, $"Removed {RoleNames.Describe(r.Role)}");
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(r.UserId, SessionEnd.RolesChanged, ct: ct);
        return true;
    }
}
