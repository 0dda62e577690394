using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// Closes an active sprint by hand, as the daily job does after its last day: the chair is emailed the summary,
/// owners can no longer update it, and what it did not deliver is carried over. Before its last day it needs
/// a <paramref name="Reason"/>, which the sprint keeps.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record CloseSprint(Guid SprintId, long Version, string? Reason = null) : ICommand<SprintRow>;

public sealed class CloseSprintValidator : AbstractValidator<CloseSprint>
{
    public CloseSprintValidator() => RuleFor(r => r.Reason).MaximumLength(InputLimits.Text);
}

public sealed class CloseSprintHandler(QipDbContext db, ICurrentUser user, SprintWork work, SprintCloser closer) : IRequestHandler<CloseSprint, SprintRow>
{
    public async Task<SprintRow> Handle(CloseSprint r, CancellationToken ct)
    {
        // Only this ISG's chair or the PMO gets past here: the Domain's early-close rule is told so.
        var sprint = await db.LoadToRunAsync(user, work, r.SprintId, r.Version, ct);
        await closer.CloseAsync(sprint, ct, r.Reason, byChairOrPmo: true);
        await db.SaveChangesAsync(ct);
        return SprintRow.Of(sprint);
    }
}
