using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// A TrustAdmin lets an oversight organisation read the trust's plan summary, choosing whether owners' names are
/// shown; granting an organisation that already has access changes only that choice. Audited like every change.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record GrantOversight(Guid OrganisationId, bool ShowOwnerNames) : ICommand<Guid>;

public sealed class GrantOversightValidator : AbstractValidator<GrantOversight>
{
    public GrantOversightValidator() => RuleFor(r => r.OrganisationId).NotEmpty().WithMessage("Choose the organisation.");
}

public sealed class GrantOversightHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GrantOversight, Guid>
{
    public async Task<Guid> Handle(GrantOversight r, CancellationToken ct)
    {
        if (!await db.OversightOrganisations.AnyAsync(o => o.Id == r.OrganisationId, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(r.OrganisationId)] = ["There is no such oversight organisation."] });
        var grant = await db.OversightGrants.Where(OversightGrant.Active).SingleOrDefaultAsync(g => g.OrganisationId == r.OrganisationId, ct);
        if (grant is null)
        {
            grant = new OversightGrant(user.TrustId!.Value, r.OrganisationId, r.ShowOwnerNames, user.UserId!.Value, clock.GetUtcNow());
            db.OversightGrants.Add(grant);
        }
        else grant.ShowNames(r.ShowOwnerNames);
        await db.SaveChangesAsync(ct);
        return grant.Id;
    }
}
