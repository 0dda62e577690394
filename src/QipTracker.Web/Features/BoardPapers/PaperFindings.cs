using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// How the findings in the plan add up from the inspection report's: what the plan holds besides the report's
/// Must Do and Should Do findings (notice requirements, other reviews' recommendations), the Should Do findings
/// unpacked through a linked Must Do, and the findings not yet unpacked. A handful of counts, each one query.
/// </summary>
internal static class PaperFindings
{
    public static async Task<FindingsReconciliation> ReconcileAsync(QipDbContext db, CancellationToken ct)
    {
        var kinds = await db.Findings.GroupBy(f => f.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(FindingKind kind) => kinds.Where(k => k.Key == kind).Sum(k => k.Count);

        var sources = await db.Findings.Where(f => f.Kind == FindingKind.WellLedRecommendation && f.Source != null)
            .Select(f => f.Source!).Distinct().ToListAsync(ct);
        var mustDoFindings = db.Findings.Where(f => f.Kind == FindingKind.MustDo || f.Kind == FindingKind.NoticeRequirement).Select(f => f.Id);
        var mustDoRootCauses = db.RootCauseFindings.Where(l => mustDoFindings.Contains(l.FindingId)).Select(l => l.RootCauseId);
        var shouldDoUnderMustDo = await db.Findings
            .Where(f => f.Kind == FindingKind.ShouldDo || f.Kind == FindingKind.WellLedRecommendation)
            .CountAsync(f => db.RootCauseFindings.Any(l => l.FindingId == f.Id && mustDoRootCauses.Contains(l.RootCauseId)), ct);
        var notUnpacked = await db.Findings.CountAsync(f => !db.RootCauseFindings.Any(l => l.FindingId == f.Id), ct);

        return new FindingsReconciliation(
            PlanMustDo: Of(FindingKind.MustDo) + Of(FindingKind.NoticeRequirement),
            PlanShouldDo: Of(FindingKind.ShouldDo) + Of(FindingKind.WellLedRecommendation),
            NoticeRequirements: Of(FindingKind.NoticeRequirement),
            OtherRecommendations: Of(FindingKind.WellLedRecommendation),
            OtherSources: new(sources.Order(StringComparer.OrdinalIgnoreCase)),
            ShouldDoAnsweredByMustDo: shouldDoUnderMustDo,
            NotYetUnpacked: notUnpacked);
    }
}
