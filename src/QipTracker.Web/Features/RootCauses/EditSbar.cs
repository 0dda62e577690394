using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record EditSbar(Guid RootCauseId, Sbar Sbar, long Version) : ICommand<RootCauseDto>;

public sealed class EditSbarValidator : AbstractValidator<EditSbar>
{
    public EditSbarValidator()
    {
        RuleFor(r => r.Sbar).NotNull();
        RuleFor(r => r.Sbar.Situation).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Sbar.Background).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Sbar.Assessment).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Sbar.Recommendation).MaximumLength(InputLimits.Text);
    }
}

public sealed class EditSbarHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditSbar, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(EditSbar r, CancellationToken ct)
    {
        var rc = await db.LoadForChangeAsync(user, r.RootCauseId, ct, r.Version);
        rc.WriteSbar(r.Sbar with
        {
            Situation = r.Sbar.Situation.Trim(),
            Background = r.Sbar.Background.Trim(),
            Assessment = r.Sbar.Assessment.Trim(),
            Recommendation = r.Sbar.Recommendation.Trim(),
        });
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
