using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// The two ends of every status change of one root cause (<see cref="ReportProgress"/>, <see cref="Assure"/> …). Each
/// carries the Version the person loaded: a stale one is a conflict (409), never a silent overwrite. The rules
/// themselves live in <see cref="RootCause"/>.
/// </summary>
public static class RootCauseChanges
{
    /// <summary>The root cause, if this person may update it, at the version they loaded.</summary>
    public static async Task<RootCause> LoadToChangeAsync(this QipDbContext db, ICurrentUser user, Guid id, long version, CancellationToken ct,
        bool withEvidence = false)
    {
        var rootCause = await db.LoadForUpdateAsync(user, id, ct, withEvidence);
        db.ExpectVersion(rootCause, version);
        return rootCause;
    }

    /// <summary>Saves the change and answers with the root cause as <see cref="GetRootCause"/> shows it.</summary>
    public static async Task<RootCauseDto> SaveAndShowAsync(this QipDbContext db, RootCause rootCause, DateOnly today, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return (await RootCauseView.LoadAsync(db, rootCause.Id, today, ct)).Dto;
    }
}
