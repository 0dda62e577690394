using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Register;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// Who may act on one root cause, beyond the role check of the pipeline: an owner only on their
/// own items; a chair on their ISG's items; the PMO on all. Changes load the root cause through
/// <see cref="RootCauseChanges"/>, which asks these.
/// </summary>
public static class RootCauseAccess
{
    /// <remarks>The chair question is asked only when owning it or being the PMO does not already answer.</remarks>
    public static async Task<bool> MayUpdateAsync(this QipDbContext db, ICurrentUser user, RootCause rootCause, CancellationToken ct) =>
        MayUpdate(user, rootCause, chairsItsIsg: false) || await db.ChairsIsgAsync(user, rootCause.IsgId, ct);

    /// <summary>The ISG's chair, or the PMO, may assure its root causes.</summary>
    public static async Task<bool> MayAssureAsync(this QipDbContext db, ICurrentUser user, RootCause rootCause, CancellationToken ct) =>
        MayAssure(user, chairsItsIsg: false) || await db.ChairsIsgAsync(user, rootCause.IsgId, ct);

    private static bool MayUpdate(ICurrentUser user, RootCause rootCause, bool chairsItsIsg) =>
        user.IsIn(TrustRole.Pmo) || (user.IsIn(TrustRole.RootCauseOwner) && rootCause.OwnerId == user.UserId) || chairsItsIsg;

    private static bool MayAssure(ICurrentUser user, bool chairsItsIsg) => user.IsIn(TrustRole.Pmo) || chairsItsIsg;

    // Only a chair is asked about, so the PMO and owners cost no query.
    private static async Task<bool> ChairsIsgAsync(this QipDbContext db, ICurrentUser user, Guid isgId, CancellationToken ct) =>
        user.IsIn(TrustRole.IsgChair) && await db.IsChairOfAsync(user, isgId, ct);

    /// <summary>
    /// What this person may do with the root cause now, for its page: who they are by the checks above (those the
    /// commands run), what its state allows by the Domain's rules (those its methods refuse by).
    /// </summary>
    public static RootCausePermissions Permissions(ICurrentUser user, RootCause rootCause, Guid? isgChairId)
    {
        // The ISG's chair is already known to the page's query: no second look-up.
        var chairsItsIsg = user.IsIn(TrustRole.IsgChair) && isgChairId is { } chair && chair == user.UserId;
        var live = !rootCause.IsWithdrawn;
        var update = live && MayUpdate(user, rootCause, chairsItsIsg);
        var assure = live && MayAssure(user, chairsItsIsg);
        return new RootCausePermissions(
            ReportProgress: update && rootCause.IsUnderway,
            Complete: update && rootCause.IsUnderway,
            Assure: assure && rootCause.CanBeAssured,
            Embed: assure && rootCause.CanBeEmbedded,
            Reopen: assure && rootCause.CanBeReopened,
            Update: update,
            AddEvidence: update && rootCause.IsUnderway,
            OpenIsg: IsgBoardAccess.MayOpen(user, isgChairId));
    }

    public static Task<bool> IsChairOfAsync(this QipDbContext db, ICurrentUser user, Guid isgId, CancellationToken ct) =>
        db.Isgs.AnyAsync(i => i.Id == isgId && i.ChairId == user.UserId, ct);
}

/// <summary>What the reader may do with one root cause, each from the check its command runs.</summary>
/// <param name="Assure">Assure it, or send it back.</param>
/// <param name="Update">Edit it: its SBAR, its actions, and ask the ECIB for a change.</param>
/// <param name="OpenIsg">Open its ISG's board.</param>
public sealed record RootCausePermissions(bool ReportProgress, bool Complete, bool Assure, bool Embed, bool Reopen, bool Update,
    bool AddEvidence, bool OpenIsg);
