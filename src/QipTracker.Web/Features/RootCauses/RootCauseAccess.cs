using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// Who may act on one root cause, beyond the role check of the pipeline: an owner only on their
/// own items; a chair on their ISG's items; the PMO on all. Loading goes through the tenant
/// filter, so another trust's id is simply not found.
/// </summary>
public static class RootCauseAccess
{
    public static async Task<RootCause> LoadForUpdateAsync(this QipDbContext db, ICurrentUser user, Guid rootCauseId, CancellationToken ct,
        bool withEvidence = false)
    {
        var query = withEvidence ? db.RootCauses.Include(r => r.Evidence) : db.RootCauses.AsQueryable();
        var rootCause = await query.Include(r => r.Findings).SingleOrDefaultAsync(r => r.Id == rootCauseId, ct)
                        ?? throw new NotFoundException($"Root cause {rootCauseId}");
        if (!await db.MayUpdateAsync(user, rootCause, ct))
            throw new ForbiddenException($"Root cause {rootCause.Reference} is not yours to update: only its owner, its ISG's chair or the PMO can.");
        return rootCause;
    }

    public static async Task<bool> MayUpdateAsync(this QipDbContext db, ICurrentUser user, RootCause rootCause, CancellationToken ct) =>
        user.IsIn(TrustRole.Pmo)
        || (user.IsIn(TrustRole.RootCauseOwner) && rootCause.OwnerId == user.UserId)
        || (user.IsIn(TrustRole.IsgChair) && await db.IsChairOfAsync(user, rootCause.IsgId, ct));

    /// <summary>The ISG's chair, or the PMO, may assure its root causes.</summary>
    public static async Task<bool> MayAssureAsync(this QipDbContext db, ICurrentUser user, RootCause rootCause, CancellationToken ct) =>
        user.IsIn(TrustRole.Pmo) || (user.IsIn(TrustRole.IsgChair) && await db.IsChairOfAsync(user, rootCause.IsgId, ct));

    public static Task<bool> IsChairOfAsync(this QipDbContext db, ICurrentUser user, Guid isgId, CancellationToken ct) =>
        db.Isgs.AnyAsync(i => i.Id == isgId && i.ChairId == user.UserId, ct);
}
