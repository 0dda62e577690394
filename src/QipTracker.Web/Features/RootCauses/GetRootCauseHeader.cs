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
        // The tabs' counts in one round trip.
        var counts = await db.RootCauses.Where(x => x.Id == r.Id)
            .Select(x => new
            {
                Actions = db.Actions.Count(a => a.RootCauseId == r.Id),
                Evidence = db.Evidence.Count(e => e.RootCauseId == r.Id),
                Changes = db.ChangeRequests.Count(c => c.RootCauseId == r.Id),
            })
            .SingleAsync(ct);
        var tally = new RootCauseTally(dto.FindingReferences.Count, counts.Actions, counts.Evidence, counts.Changes);
        return new RootCauseHeader(dto, RootCauseAccess.Permissions(user, rootCause, chairId), rootCause.Status.IsDelivered(),
            counts.Evidence == 0, tally);
    }
}
