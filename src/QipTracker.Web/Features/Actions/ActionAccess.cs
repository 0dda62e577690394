using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.Actions;

/// <summary>
/// Who may move an action on: its owner, or whoever may update its root cause (<see cref="RootCauseAccess"/>), as
/// <see cref="UpdateAction"/> checks. The list shows it as <see cref="ActionDto.MayUpdate"/>, while the root cause is in the plan.
/// </summary>
public static class ActionAccess
{
    public static bool OwnsIt(ICurrentUser user, Guid actionOwnerId) => actionOwnerId == user.UserId;

    public static bool MayUpdate(ICurrentUser user, Guid actionOwnerId, bool mayUpdateRootCause) =>
        mayUpdateRootCause || OwnsIt(user, actionOwnerId);

    /// <summary>Whether the root cause is still in the plan, and whether this person may update it.</summary>
    public static async Task<(bool Live, bool MayUpdate)> RootCauseAsync(QipDbContext db, ICurrentUser user, Guid rootCauseId, CancellationToken ct)
    {
        var rootCause = await db.RootCauses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rootCauseId, ct);
        return rootCause is null ? (false, false) : (!rootCause.IsWithdrawn, await db.MayUpdateAsync(user, rootCause, ct));
    }
}
