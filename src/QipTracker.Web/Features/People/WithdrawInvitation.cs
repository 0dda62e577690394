using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>A TrustAdmin withdraws an invitation that has not been answered yet: its link stops working.</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record WithdrawInvitation(Guid InvitationId) : ICommand<bool>;

public sealed class WithdrawInvitationHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<WithdrawInvitation, bool>
{
    public async Task<bool> Handle(WithdrawInvitation r, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == r.InvitationId, ct) ?? throw new NotFoundException("The invitation");
        invitation.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
