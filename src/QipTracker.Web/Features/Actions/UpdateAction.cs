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

/// <summary>The action's owner (or whoever may update its root cause) moves it on.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record UpdateAction(Guid ActionId, ActionStatus Status, string? ProgressNote, long Version) : ICommand<ActionDto>;

public sealed class UpdateActionValidator : AbstractValidator<UpdateAction>
{
    public UpdateActionValidator() => RuleFor(r => r.ProgressNote).MaximumLength(InputLimits.Text);
}

public sealed class UpdateActionHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpdateAction, ActionDto>
{
    public async Task<ActionDto> Handle(UpdateAction r, CancellationToken ct)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == r.ActionId, ct) ?? throw new NotFoundException($"Action {r.ActionId}");
        // Its owner may move it on without being allowed to update the root cause; nobody may once that is withdrawn.
        await db.LoadForChangeAsync(user, action.RootCauseId, ct, ownsWhatChanges: ActionAccess.OwnsIt(user, action.OwnerId));
        db.ExpectVersion(action, r.Version);
        action.Update(r.Status, r.ProgressNote, clock.Today());
        return await ActionView.SaveAndShowAsync(db, user, action, clock.Today(), ct);
    }
}
