using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.Actions;

/// <param name="MayUpdate">Whether the reader may move it on (<see cref="ActionAccess"/>), as <see cref="UpdateAction"/> checks.</param>
public sealed record ActionDto(Guid Id, Guid RootCauseId, string Title, Guid OwnerId, string Owner, DateOnly DueOn,
    ActionStatus Status, string? ProgressNote, DateOnly? DoneOn, bool Overdue, long Version, bool MayUpdate = false);

/// <summary>Adds a step under a root cause; whoever may update the root cause may add its actions.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record AddAction(Guid RootCauseId, string Title, Guid OwnerId, DateOnly DueOn) : ICommand<ActionDto>;

/// <summary>The action's owner (or whoever may update its root cause) moves it on.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record UpdateAction(Guid ActionId, ActionStatus Status, string? ProgressNote, long Version) : ICommand<ActionDto>;

[AnyTrustMember]
public sealed record ListActions(Guid RootCauseId) : IQuery<IReadOnlyList<ActionDto>>;

public sealed class AddActionValidator : AbstractValidator<AddAction>
{
    public AddActionValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(InputLimits.Line);
        RuleFor(r => r.OwnerId).NotEmpty().WithMessage("Choose who owns the action.");
        RuleFor(r => r.DueOn).NotEmpty();
    }
}

public sealed class UpdateActionValidator : AbstractValidator<UpdateAction>
{
    public UpdateActionValidator() => RuleFor(r => r.ProgressNote).MaximumLength(InputLimits.Text);
}

public sealed class ActionHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<AddAction, ActionDto>,
    IRequestHandler<UpdateAction, ActionDto>,
    IRequestHandler<ListActions, IReadOnlyList<ActionDto>>
{
    public async Task<ActionDto> Handle(AddAction r, CancellationToken ct)
    {
        var rootCause = await db.LoadForUpdateAsync(user, r.RootCauseId, ct);
        if (!await db.Memberships.AnyAsync(m => m.UserId == r.OwnerId, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["OwnerId"] = ["The owner must be a member of this trust."] });
        var action = new ImprovementAction(rootCause.TrustId, rootCause.Id, r.Title, r.OwnerId, r.DueOn);
        db.Actions.Add(action);
        await db.SaveChangesAsync(ct);
        return (await Query(a => a.Id == action.Id, ct)).Single();
    }

    public async Task<ActionDto> Handle(UpdateAction r, CancellationToken ct)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == r.ActionId, ct) ?? throw new NotFoundException($"Action {r.ActionId}");
        if (!ActionAccess.OwnsIt(user, action.OwnerId))
            await db.LoadForUpdateAsync(user, action.RootCauseId, ct); // throws unless they may update its root cause
        db.ExpectVersion(action, r.Version);
        action.Update(r.Status, r.ProgressNote, clock.Today());
        await db.SaveChangesAsync(ct);
        return (await Query(a => a.Id == action.Id, ct)).Single();
    }

    public async Task<IReadOnlyList<ActionDto>> Handle(ListActions r, CancellationToken ct)
    {
        if (!await db.RootCauses.AnyAsync(rc => rc.Id == r.RootCauseId, ct)) throw new NotFoundException($"Root cause {r.RootCauseId}");
        return await Query(a => a.RootCauseId == r.RootCauseId, ct);
    }

    private async Task<List<ActionDto>> Query(System.Linq.Expressions.Expression<Func<ImprovementAction, bool>> where, CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await db.Actions.Where(where).OrderBy(a => a.DueOn).WithState(today)
            .Select(x => new ActionDto(x.Action.Id, x.Action.RootCauseId, x.Action.Title, x.Action.OwnerId,
                db.Users.Where(u => u.Id == x.Action.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                x.Action.DueOn, x.Action.Status, x.Action.ProgressNote, x.Action.DoneOn, x.Overdue, x.Action.Version, false))
            .ToListAsync(ct);
        var rootCauses = new Dictionary<Guid, (bool Live, bool MayUpdate)>();
        foreach (var id in rows.Select(a => a.RootCauseId).Distinct())
            rootCauses[id] = await ActionAccess.RootCauseAsync(db, user, id, ct);
        return rows.Select(a => a with
        {
            MayUpdate = rootCauses[a.RootCauseId].Live && ActionAccess.MayUpdate(user, a.OwnerId, rootCauses[a.RootCauseId].MayUpdate),
        }).ToList();
    }
}

/// <summary>
/// Who may move an action on: its owner, or whoever may update its root cause (<see cref="RootCauseAccess"/>), as
/// <see cref="UpdateAction"/> checks. The list shows it as <see cref="ActionDto.MayUpdate"/>, while the root cause is in the plan.
/// </summary>
public static class ActionAccess
{
    public static bool OwnsIt(ICurrentUser user, Guid actionOwnerId) => actionOwnerId == user.UserId;

    public static bool MayUpdate(ICurrentUser user, Guid actionOwnerId, bool mayUpdateRootCause) =>
        mayUpdateRootCause || OwnsIt(user, actionOwnerId);

    /// <summary>Whether the root cause is still in the plan, and whether this person may update it.</summary>
    public static async Task<(bool Live, bool MayUpdate)> RootCauseAsync(QipDbContext db, ICurrentUser user, Guid rootCauseId, CancellationToken ct)
    {
        var rootCause = await db.RootCauses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rootCauseId, ct);
        return rootCause is null ? (false, false) : (!rootCause.IsWithdrawn, await db.MayUpdateAsync(user, rootCause, ct));
    }
}
