using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>The signed-in person's invitations still waiting for an answer, from any trust.</summary>
[AnySignedInUser]
public sealed record ListMyInvitations : IQuery<IReadOnlyList<MyInvitation>>;

public sealed record MyInvitation(Guid Id, Guid TrustId, string TrustName, TrustRole Role, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed class ListMyInvitationsHandler(QipDbContext db, ICurrentUser current, TimeProvider clock)
    : IRequestHandler<ListMyInvitations, IReadOnlyList<MyInvitation>>
{
    public async Task<IReadOnlyList<MyInvitation>> Handle(ListMyInvitations request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Across trusts on purpose: these come from trusts the person has not joined yet.
        return await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.UserId == current.UserId && i.AcceptedAt == null && i.DeclinedAt == null && i.WithdrawnAt == null && i.ExpiresAt > now)
            .Join(db.Trusts.IgnoreQueryFilters(), i => i.TrustId, t => t.Id, (i, t) => new { i, t.Name })
            .OrderByDescending(x => x.i.CreatedAt)
            .Select(x => new MyInvitation(x.i.Id, x.i.TrustId, x.Name, x.i.Role,
                db.Users.Where(u => u.Id == x.i.InvitedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "QipTracker",
                x.i.CreatedAt, x.i.ExpiresAt))
            .ToListAsync(ct);
    }
}
