using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record Reopen(Guid RootCauseId, string Reason, long Version) : ICommand<RootCauseDto>;

public sealed class ReopenValidator : AbstractValidator<Reopen>
{
    public ReopenValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("Give the reason for reopening.").MaximumLength(InputLimits.Comment);
}

public sealed class ReopenHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Reopen, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(Reopen r, CancellationToken ct)
    {
        var rc = await db.LoadForAssuranceAsync(user, r.RootCauseId, r.Version, "reopen it", ct);
        rc.Reopen(r.Reason);
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
