using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// A TrustAdmin ends an organisation's access. Every oversight read checks the grant in the database, so the next
/// request from any of its users (an open tab included) is refused; the revoked grant stays as the record.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record RevokeOversight(Guid GrantId) : ICommand<Unit>;

public sealed class RevokeOversightHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RevokeOversight, Unit>
{
    public async Task<Unit> Handle(RevokeOversight r, CancellationToken ct)
    {
        var grant = await db.OversightGrants.SingleOrDefaultAsync(g => g.Id == r.GrantId, ct) ?? throw new NotFoundException($"Oversight access {r.GrantId}");
        grant.Revoke(user.UserId!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
