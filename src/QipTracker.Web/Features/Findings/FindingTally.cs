using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Findings;

/// <summary>
/// The trust's findings counted by kind, and the Should Dos answered through a Must Do's root cause, for
/// <see cref="FindingCounts"/>: every screen and paper that counts findings reads them here.
/// </summary>
public static class FindingTally
{
    public static async Task<FindingCounts> FindingCountsAsync(this QipDbContext db, CancellationToken ct)
    {
        var byKind = await db.Findings.GroupBy(f => f.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // A Should Do is answered through a Must Do when one of its live root causes is itself Must Do (it also answers a Must Do finding).
        var mustDoRootCauses = db.RootCauses.Where(RootCauseRules.Live).Where(r => r.Priority == PriorityClass.MustDo);
        var shouldDoKinds = Enum.GetValues<FindingKind>().Where(k => k.Priority() == PriorityClass.ShouldDo).ToList();
        var throughMustDo = await db.Findings.Where(f => shouldDoKinds.Contains(f.Kind))
            .CountAsync(f => db.RootCauseFindings.Any(l => l.FindingId == f.Id && mustDoRootCauses.Any(r => r.Id == l.RootCauseId)), ct);
        return FindingCounts.From(byKind, throughMustDo);
    }
}
