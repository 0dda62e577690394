using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Escalations;

public sealed record EscalationDto(Guid Id, EscalatedItemKind ItemKind, Guid ItemId, string Reference, string Owner, EscalationLevel Level,
    DateOnly DueOn, DateOnly RaisedOn, int DaysOverdue, IReadOnlyList<string> Told, string? RecoveryPlan, string? RecoveryPlanBy,
    DateTimeOffset? RecoveryPlanAt, bool Mine, long Version);

/// <summary>Open escalations, highest level first; an owner sees theirs, chairs, executives and the PMO see all.</summary>
[AnyTrustMember]
public sealed record ListEscalations : IQuery<IReadOnlyList<EscalationDto>>;

/// <summary>The owner (or the PMO) says how an escalated item will be recovered.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.Pmo)]
public sealed record WriteRecoveryPlan(Guid EscalationId, string Plan, long Version) : ICommand<EscalationDto>;

public sealed class WriteRecoveryPlanValidator : AbstractValidator<WriteRecoveryPlan>
{
    public WriteRecoveryPlanValidator() => RuleFor(r => r.Plan).NotEmpty().WithMessage("Say how the work will be recovered, by whom and by when.").MaximumLength(InputLimits.Text);
}

public sealed class EscalationRequestHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<ListEscalations, IReadOnlyList<EscalationDto>>,
    IRequestHandler<WriteRecoveryPlan, EscalationDto>
{
    public async Task<IReadOnlyList<EscalationDto>> Handle(ListEscalations r, CancellationToken ct)
    {
        var seeAll = user.IsIn(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember);
        var query = db.Escalations.Where(e => e.ResolvedOn == null);
        if (!seeAll) query = query.Where(e => e.OwnerId == user.UserId);
        var rows = await query.OrderByDescending(e => e.DaysOverdue).ToListAsync(ct);
        return await Describe(rows, ct);
    }

    public async Task<EscalationDto> Handle(WriteRecoveryPlan r, CancellationToken ct)
    {
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.Id == r.EscalationId, ct) ?? throw new NotFoundException($"Escalation {r.EscalationId}");
        if (escalation.OwnerId != user.UserId && !user.IsIn(TrustRole.Pmo))
            throw new ForbiddenException($"Only the owner of {escalation.Reference} or the PMO writes its recovery plan.");
        db.ExpectVersion(escalation, r.Version);
        escalation.WriteRecoveryPlan(r.Plan, user.UserId ?? Guid.Empty, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (await Describe([escalation], ct)).Single();
    }

    // Names for the owners, the people told and the plan's author, in one query.
    private async Task<IReadOnlyList<EscalationDto>> Describe(IReadOnlyList<Escalation> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(e => e.Told.Select(t => t.UserId).Append(e.OwnerId))
            .Concat(rows.Where(e => e.RecoveryPlanBy is not null).Select(e => e.RecoveryPlanBy!.Value)).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid? id) => id is { } i && names.TryGetValue(i, out var n) ? n : "";
        return rows.Select(e => new EscalationDto(e.Id, e.ItemKind, e.ItemId, e.Reference, Name(e.OwnerId), e.Level, e.DueOn, e.RaisedOn,
            e.DaysOverdue, e.Told.Select(t => $"{Name(t.UserId)} ({t.ToldAt:d MMM})").ToList(), e.RecoveryPlan,
            e.RecoveryPlanBy is null ? null : Name(e.RecoveryPlanBy), e.RecoveryPlanAt, e.OwnerId == user.UserId, e.Version)).ToList();
    }
}
