using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record MarkCompleted(Guid RootCauseId, DateOnly CompletedOn, long Version) : ICommand<RootCauseDto>;

public sealed class MarkCompletedValidator : AbstractValidator<MarkCompleted>
{
    public MarkCompletedValidator() => RuleFor(r => r.CompletedOn).NotEmpty();
}

public sealed class MarkCompletedHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkCompleted, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(MarkCompleted r, CancellationToken ct)
    {
        if (r.CompletedOn > clock.Today()) throw new DomainException("A root cause cannot be completed on a future date.");
        var rc = await db.LoadForChangeAsync(user, r.RootCauseId, ct, r.Version, withEvidence: true);
        rc.MarkCompleted(r.CompletedOn);
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
