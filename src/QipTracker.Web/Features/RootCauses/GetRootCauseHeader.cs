using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// The head of a root cause's page in one request: the root cause, what the reader may do with it now, and the
/// counts its tabs show. Each tab loads its own rows.
/// </summary>
[AnyTrustMember]
public sealed record GetRootCauseHeader(Guid Id) : IQuery<RootCauseHeader>;

/// <param name="Delivered">Completed or later (the Domain's rule), withdrawn or not.</param>
/// <param name="NeedsEvidence">No evidence yet, so it cannot be marked completed (the Domain refuses it).</param>
public sealed record RootCauseHeader(RootCauseDto RootCause, RootCausePermissions May, bool Delivered, bool NeedsEvidence, RootCauseTally Tally);

public sealed record RootCauseTally(int Findings, int Actions, int Evidence, int ChangeRequests);

public sealed class GetRootCauseHeaderHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetRootCauseHeader, RootCauseHeader>
{
    public async Task<RootCauseHeader> Handle(GetRootCauseHeader r, CancellationToken ct)
    {
        var (dto, rootCause, chairId) = await RootCauseView.LoadAsync(db, r.Id, clock.Today(), ct);
        var evidence = await db.Evidence.CountAsync(e => e.RootCauseId == r.Id, ct);
        var tally = new RootCauseTally(dto.FindingReferences.Count,
            await db.Actions.CountAsync(a => a.RootCauseId == r.Id, ct),
            evidence,
            await db.ChangeRequests.CountAsync(c => c.RootCauseId == r.Id, ct));
        return new RootCauseHeader(dto, await db.PermissionsAsync(user, rootCause, chairId, ct), rootCause.Status.IsDelivered(),
            evidence == 0, tally);
    }
}
