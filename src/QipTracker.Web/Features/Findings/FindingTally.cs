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
        // A Should Do is answered through a Must Do when one of its live root causes is itself Must Do (it also answers a Must Do finding).
        var mustDoRootCauses = rootCauses.Where(RootCauseRules.Live).Where(r => r.Priority == PriorityClass.MustDo);
        var shouldDoKinds = Enum.GetValues<FindingKind>().Where(k => k.Priority() == PriorityClass.ShouldDo).ToList();
        // One query: each kind's count, and of its findings those answered through a Must Do (kept for Should Do kinds only).
        // The linked findings are an uncorrelated IN list, which PostgreSQL hashes once; a correlated EXISTS inside the
        // count's FILTER was re-run for every finding (500 ms on a large trust).
        var throughMustDoIds = db.RootCauseFindings.Where(l => mustDoRootCauses.Any(r => r.Id == l.RootCauseId)).Select(l => l.FindingId);
        var rows = await findings
            .Select(f => new { f.Kind, Through = throughMustDoIds.Contains(f.Id) })
            .GroupBy(f => f.Kind)
            .Select(g => new { g.Key, Count = g.Count(), ThroughMustDo = g.Count(f => f.Through) })
            .ToListAsync(ct);
        var byKind = rows.ToDictionary(r => r.Key, r => r.Count);
        var throughMustDo = rows.Where(r => shouldDoKinds.Contains(r.Key)).Sum(r => r.ThroughMustDo);
        return FindingCounts.From(byKind, throughMustDo);
    }
}
