using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trusts;

/// <summary>
/// The trust's own escalation ladder: days overdue at which the owner, ISG chair, accountable executive
/// and ECIB are told. Each must be more than the one below (the Domain says which is wrong).
/// </summary>
[RequiresRole(TrustRole.TrustAdmin, TrustRole.Pmo)]
public sealed record SetEscalationThresholds(int Owner, int IsgChair, int AccountableExecutive, int Ecib) : ICommand<ThresholdsDto>;

public sealed class SetEscalationThresholdsHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<SetEscalationThresholds, ThresholdsDto>
{
    public async Task<ThresholdsDto> Handle(SetEscalationThresholds r, CancellationToken ct)
    {
        var trust = await db.Trusts.SingleOrDefaultAsync(t => t.Id == user.TrustId, ct) ?? throw new NotFoundException("Your trust");
        trust.SetEscalationThresholds(new EscalationThresholds(r.Owner, r.IsgChair, r.AccountableExecutive, r.Ecib));
        await db.SaveChangesAsync(ct);
        return new ThresholdsDto(trust.EscalateToOwnerAfter, trust.EscalateToChairAfter, trust.EscalateToExecutiveAfter, trust.EscalateToEcibAfter);
    }
}
