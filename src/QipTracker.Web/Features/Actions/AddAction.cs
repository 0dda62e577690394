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

/// <summary>Adds a step under a root cause; whoever may update the root cause may add its actions.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record AddAction(Guid RootCauseId, string Title, Guid OwnerId, DateOnly DueOn) : ICommand<ActionDto>;

public sealed class AddActionValidator : AbstractValidator<AddAction>
{
    public AddActionValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(InputLimits.Line);
        RuleFor(r => r.OwnerId).NotEmpty().WithMessage("Choose who owns the action.");
        RuleFor(r => r.DueOn).NotEmpty();
    }
}

public sealed class AddActionHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddAction, ActionDto>
{
    public async Task<ActionDto> Handle(AddAction r, CancellationToken ct)
    {
        var rootCause = await db.LoadForChangeAsync(user, r.RootCauseId, ct);
        if (!await db.Memberships.AnyAsync(m => m.UserId == r.OwnerId, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["OwnerId"] = ["The owner must be a member of this trust."] });
        var action = new ImprovementAction(rootCause.TrustId, rootCause.Id, r.Title, r.OwnerId, r.DueOn);
        db.Actions.Add(action);
        return await ActionView.SaveAndShowAsync(db, user, action, clock.Today(), ct);
    }
}
