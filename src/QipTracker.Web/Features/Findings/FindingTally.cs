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
    /// <param name="asAt">A past day (a board paper's month end): only the findings and root causes in the plan by then.</param>
    public static async Task<FindingCounts> FindingCountsAsync(this QipDbContext db, CancellationToken ct, DateOnly? asAt = null)
    {
        var findings = asAt is { } day ? db.Findings.Where(f => f.AddedToPlanOn <= day) : db.Findings;
        var rootCauses = asAt is { } on ? db.RootCauses.Where(r => r.AddedToPlanOn <= on) : db.RootCauses;
        var byKind = await findings.GroupBy(f => f.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // A Should Do is answered through a Must Do when one of its live root causes is itself Must Do (it also answers a Must Do finding).
        var mustDoRootCauses = rootCauses.Where(RootCauseRules.Live).Where(r => r.Priority == PriorityClass.MustDo);
        var shouldDoKinds = Enum.GetValues<FindingKind>().Where(k => k.Priority() == PriorityClass.ShouldDo).ToList();
        var throughMustDo = await findings.Where(f => shouldDoKinds.Contains(f.Kind))
            .CountAsync(f => db.RootCauseFindings.Any(l => l.FindingId == f.Id && mustDoRootCauses.Any(r => r.Id == l.RootCauseId)), ct);
        return FindingCounts.From(byKind, throughMustDo);
    }
}
