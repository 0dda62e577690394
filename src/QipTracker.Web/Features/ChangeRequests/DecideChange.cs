using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.ChangeRequests;

/// <summary>
/// The ECIB's decision, taken by an accountable executive. Approval moves the plan in the same
/// transaction and extends the baseline history; rejection changes nothing but the request.
/// </summary>
[RequiresRole(TrustRole.AccountableExecutive)]
public sealed record DecideChange(Guid ChangeRequestId, bool Approve, string? Note, long Version) : ICommand<ChangeRequestDto>;

public sealed class DecideChangeValidator : AbstractValidator<DecideChange>
{
    public DecideChangeValidator() => RuleFor(r => r.Note).MaximumLength(InputLimits.Text);
}

public sealed class DecideChangeHandler(QipDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DecideChange, ChangeRequestDto>
{
    public async Task<ChangeRequestDto> Handle(DecideChange r, CancellationToken ct)
    {
        var request = await db.ChangeRequests.SingleOrDefaultAsync(c => c.Id == r.ChangeRequestId, ct)
                      ?? throw new NotFoundException($"Change request {r.ChangeRequestId}");
        db.ExpectVersion(request, r.Version);
        var by = user.UserId ?? Guid.Empty;
        if (!r.Approve)
            request.Reject(by, r.Note ?? "", clock.GetUtcNow());
        else
        {
            var target = await db.RootCauses.Include(rc => rc.Findings).SingleAsync(rc => rc.Id == request.RootCauseId, ct);
            var mergedIn = request.MergeRootCauseIds.Count == 0 ? []
                : await db.RootCauses.Include(rc => rc.Findings).Where(rc => request.MergeRootCauseIds.Contains(rc.Id)).ToListAsync(ct);
            var applied = PlanChange.Approve(request, target, mergedIn, by, r.Note, clock.Today(), clock.GetUtcNow());
            db.RootCauses.AddRange(applied.Created);
            db.BaselineHistory.AddRange(applied.Baselines);
        }
        await db.SaveChangesAsync(ct);
        return (await ChangeRequestView.ListAsync(db, null, request.RootCauseId, ct)).Single(c => c.Id == request.Id);
    }
}
