using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Escalations;

/// <summary>The owner (or the PMO) says how an escalated item will be recovered: one plan per item, whatever its rung.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.Pmo)]
public sealed record WriteRecoveryPlan(Guid EscalationId, string Plan, long Version) : ICommand<RecoveryPlanDto>;

public sealed record RecoveryPlanDto(Guid EscalationId, string Reference, string Plan, string WrittenBy, DateTimeOffset WrittenAt, long Version);

public sealed class WriteRecoveryPlanValidator : AbstractValidator<WriteRecoveryPlan>
{
    public WriteRecoveryPlanValidator() => RuleFor(r => r.Plan).NotEmpty().WithMessage("Say how the work will be recovered, by whom and by when.").MaximumLength(InputLimits.Text);
}

public sealed class WriteRecoveryPlanHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<WriteRecoveryPlan, RecoveryPlanDto>
{
    public async Task<RecoveryPlanDto> Handle(WriteRecoveryPlan r, CancellationToken ct)
    {
        var me = user.UserId ?? throw new ForbiddenException("Sign in to write a recovery plan.");
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.Id == r.EscalationId, ct) ?? throw new NotFoundException($"Escalation {r.EscalationId}");
        if (escalation.OwnerId != me && !user.IsIn(TrustRole.Pmo))
            throw new ForbiddenException($"Only the owner of {escalation.Reference} or the PMO writes its recovery plan.");
        db.ExpectVersion(escalation, r.Version);
        escalation.WriteRecoveryPlan(r.Plan, me, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var name = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(ct);
        return new RecoveryPlanDto(escalation.Id, escalation.Reference, escalation.RecoveryPlan!, name, escalation.RecoveryPlanAt!.Value, escalation.Version);
    }
}
