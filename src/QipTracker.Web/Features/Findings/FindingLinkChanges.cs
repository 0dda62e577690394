using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>The two ends of <see cref="LinkRootCause"/> and <see cref="UnlinkRootCause"/>.</summary>
public static class FindingLinkChanges
{
    /// <summary>The finding and the root cause at the version loaded.</summary>
    public static async Task<(Finding Finding, RootCause RootCause)> LoadLinkAsync(this QipDbContext db, Guid findingId, Guid rootCauseId, long version,
        CancellationToken ct)
    {
        // Both are read through the trust's query filter: another trust's ids are simply not found.
        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == findingId, ct) ?? throw new NotFoundException($"Finding {findingId}");
        var rootCause = await db.RootCauses.Include(rc => rc.Findings).SingleOrDefaultAsync(rc => rc.Id == rootCauseId, ct)
            ?? throw new NotFoundException($"Root cause {rootCauseId}");
        db.ExpectVersion(rootCause, version);
        return (finding, rootCause);
    }

    /// <summary>Re-derives the root cause's class (it follows the strongest finding it answers, after the change), saves, and answers with the links.</summary>
    public static async Task<FindingLinksDto> RederiveAndShowAsync(this QipDbContext db, RootCause rootCause, Guid findingId, CancellationToken ct)
    {
        var ids = rootCause.Findings.Select(l => l.FindingId).ToList();
        var kinds = await db.Findings.Where(f => ids.Contains(f.Id)).Select(f => f.Kind).ToListAsync(ct);
        rootCause.RecomputePriority(kinds);
        await db.SaveChangesAsync(ct);
        return await FindingLinksView.LoadAsync(db, findingId, ct);
    }
}
