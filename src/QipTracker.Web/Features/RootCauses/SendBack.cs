using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record SendBack(Guid RootCauseId, string Comment, long Version) : ICommand<RootCauseDto>;

public sealed class SendBackValidator : AbstractValidator<SendBack>
{
    public SendBackValidator() => RuleFor(r => r.Comment).NotEmpty().WithMessage("Say why the evidence is not accepted.").MaximumLength(InputLimits.Comment);
}

public sealed class SendBackHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, SentBackLetter sentBack) : IRequestHandler<SendBack, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(SendBack r, CancellationToken ct)
    {
        var rc = await db.LoadForAssuranceAsync(user, r.RootCauseId, r.Version, "send it back", ct);
        rc.SendBack(r.Comment, user.UserId ?? Guid.Empty, clock.Today());
        // The owner hears at once, committed with the change (the outbox): a sent-back item must not wait to be noticed.
        await sentBack.TellOwnerAsync(rc, ct);
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
