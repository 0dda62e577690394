using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// The two ends of every change to one root cause: of the root cause itself (<see cref="ReportProgress"/>,
/// <see cref="Assure"/> …) and of what lives under it (its actions, evidence and change requests). A change that carries
/// the Version the person loaded gets a conflict (409) when it is stale, never a silent overwrite. The rules themselves
/// live in <see cref="RootCause"/>; who may act, in <see cref="RootCauseAccess"/>.
/// </summary>
public static class RootCauseChanges
{
    /// <summary>
    /// The root cause, to change: not found in another trust (the tenant filter); refused unless this person may update it,
    /// or owns the part of it that changes (<paramref name="ownsWhatChanges"/>, e.g. the action they move on); refused once
    /// withdrawn from the plan, whatever the change (the page hides the buttons, this is what holds); at the
    /// <paramref name="version"/> they loaded, if the change carries one.
    /// </summary>
    public static async Task<RootCause> LoadForChangeAsync(this QipDbContext db, ICurrentUser user, Guid id, CancellationToken ct,
        long? version = null, bool withEvidence = false, bool ownsWhatChanges = false)
    {
        var rootCause = await db.LoadAsync(id, withEvidence, ct);
        if (!ownsWhatChanges && !await db.MayUpdateAsync(user, rootCause, ct))
            throw new ForbiddenException($"Root cause {rootCause.Reference} is not yours to update: only its owner, its ISG's chair or the PMO can.");
        return db.Changeable(rootCause, version);
    }

    /// <summary>
    /// As <see cref="LoadForChangeAsync"/>, for what only its ISG's chair or the PMO may do (send it back, embed, reopen);
    /// <paramref name="doing"/> names it in the refusal, e.g. "reopen it". Whoever may assure may update, so that is
    /// the one question asked.
    /// </summary>
    public static async Task<RootCause> LoadForAssuranceAsync(this QipDbContext db, ICurrentUser user, Guid id, long version, string doing,
        CancellationToken ct)
    {
        var rootCause = await db.LoadAsync(id, withEvidence: false, ct);
        if (!await db.MayAssureAsync(user, rootCause, ct))
            throw new ForbiddenException($"Only the chair of {rootCause.Reference}'s ISG or the PMO can {doing}.");
        return db.Changeable(rootCause, version);
    }

    private static async Task<RootCause> LoadAsync(this QipDbContext db, Guid id, bool withEvidence, CancellationToken ct)
    {
        var query = withEvidence ? db.RootCauses.Include(r => r.Evidence) : db.RootCauses.AsQueryable();
        return await query.Include(r => r.Findings).SingleOrDefaultAsync(r => r.Id == id, ct)
               ?? throw new NotFoundException($"Root cause {id}");
    }

    // Refused once withdrawn, whatever the change; a stale version is a conflict.
    private static RootCause Changeable(this QipDbContext db, RootCause rootCause, long? version)
    {
        rootCause.EnsureLive();
        if (version is { } loaded) db.ExpectVersion(rootCause, loaded);
        return rootCause;
    }

    /// <summary>Saves the change and answers with the root cause as <see cref="GetRootCause"/> shows it.</summary>
    public static async Task<RootCauseDto> SaveAndShowAsync(this QipDbContext db, RootCause rootCause, DateOnly today, CancellationToken ct)
    {
        await db.SaveAndCommitAsync(ct);
        return (await RootCauseView.LoadAsync(db, rootCause.Id, today, ct)).Dto;
    }
}
