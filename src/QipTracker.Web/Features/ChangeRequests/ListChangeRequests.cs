using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.ChangeControl;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.ChangeRequests;

/// <summary>Change requests, newest first, optionally for one root cause or in one status (e.g. Pending for the ECIB).</summary>
[AnyTrustMember]
public sealed record ListChangeRequests(ChangeStatus? Status = null, Guid? RootCauseId = null) : IQuery<IReadOnlyList<ChangeRequestDto>>;

public sealed class ListChangeRequestsHandler(QipDbContext db) : IRequestHandler<ListChangeRequests, IReadOnlyList<ChangeRequestDto>>
{
    public Task<IReadOnlyList<ChangeRequestDto>> Handle(ListChangeRequests r, CancellationToken ct) =>
        ChangeRequestView.ListAsync(db, r.Status, r.RootCauseId, ct);
}

/// <summary>
/// Change requests as <see cref="ListChangeRequests"/> shows them: shared with the commands that answer with the request they
/// made or decided, the ECIB pack and the board paper.
/// </summary>
public static class ChangeRequestView
{
    public static async Task<IReadOnlyList<ChangeRequestDto>> ListAsync(QipDbContext db, ChangeStatus? status, Guid? rootCauseId, CancellationToken ct)
    {
        var query = db.ChangeRequests.AsQueryable();
        if (status is { } inStatus) query = query.Where(c => c.Status == inStatus);
        if (rootCauseId is { } id)
        {
            if (!await db.RootCauses.AnyAsync(rc => rc.Id == id, ct)) throw new NotFoundException($"Root cause {id}");
            query = query.Where(c => c.RootCauseId == id);
        }
        var rows = await query.OrderByDescending(c => c.RequestedAt)
            .Select(c => new
            {
                Request = c,
                RootCause = db.RootCauses.Where(rc => rc.Id == c.RootCauseId).Select(rc => rc.Reference).FirstOrDefault(),
                ProposedOwner = db.Users.Where(u => u.Id == c.ProposedOwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                ProposedIsg = db.Isgs.Where(i => i.Id == c.ProposedIsgId).Select(i => i.Name).FirstOrDefault(),
                RequestedBy = db.Users.Where(u => u.Id == c.RequestedBy).Select(u => u.DisplayName).FirstOrDefault(),
                DecidedBy = db.Users.Where(u => u.Id == c.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(x => new ChangeRequestDto(x.Request.Id, x.Request.RootCauseId, x.RootCause ?? "", x.Request.Kind, x.Request.Reason,
            x.Request.ProposedDue, x.ProposedOwner, x.ProposedIsg, x.Request.MergeRootCauseIds, x.Request.SplitParts,
            x.RequestedBy ?? "", x.Request.RequestedAt, x.Request.Status, x.DecidedBy, x.Request.DecidedAt, x.Request.DecisionNote,
            x.Request.Version)).ToList();
    }
}
