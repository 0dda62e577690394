using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// What the paper says about the findings besides the counts every page uses (<see cref="FindingCounts"/>, read by
/// <see cref="PaperRegister"/>): where the other reviews' recommendations come from, and the findings not yet
/// unpacked into root causes. Each one query.
/// </summary>
internal static class PaperFindings
{
    public static async Task<SituationAndBackground> ReconcileAsync(SituationAndBackground situation, QipDbContext db, DateOnly asAt, CancellationToken ct)
    {
        // The findings and root causes in the plan by the month end.
        var findings = db.Findings.Where(f => f.AddedToPlanOn <= asAt);
        var rootCauses = db.RootCauses.Where(r => r.AddedToPlanOn <= asAt);
        var sources = await findings.Where(f => f.Kind == FindingKind.WellLedRecommendation && f.Source != null)
            .Select(f => f.Source!).Distinct().ToListAsync(ct);
        var notUnpacked = await findings.CountAsync(f => !db.RootCauseFindings.Any(l => l.FindingId == f.Id && rootCauses.Any(r => r.Id == l.RootCauseId)), ct);
        return situation with
        {
            OtherReviewSources = new(sources.Order(StringComparer.OrdinalIgnoreCase)),
            FindingsNotYetUnpacked = notUnpacked,
        };
    }
}
