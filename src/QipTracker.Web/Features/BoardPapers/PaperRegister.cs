using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// One ISG as the paper needs it: who chairs it, how it reports, and what it covers as at the month end — its
/// findings in all and by priority class (Must Do: Must Do findings and notice requirements).
/// </summary>
internal sealed record PaperIsg(Guid Id, string Name, string Chair, ReportingCadence Cadence, int Findings, int RootCauses,
    int MustDoFindings = 0, int ShouldDoFindings = 0);

/// <summary>Situation and Background from the register: the latest inspection, its ratings, the findings, notices and ISGs.</summary>
internal static class PaperRegister
{
    public static async Task<IReadOnlyList<PaperIsg>> IsgsAsync(QipDbContext db, DateOnly asAt, CancellationToken ct) =>
        (await db.Isgs
            .Select(i => new PaperIsg(i.Id, i.Name,
                db.Users.Where(u => u.Id == i.ChairId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                i.Cadence,
                db.Findings.Count(f => f.IsgId == i.Id),
                // Root causes still in the plan at the month end: one withdrawn later was still being worked then.
                db.RootCauses.Count(r => r.IsgId == i.Id && (r.WithdrawnOn == null || r.WithdrawnOn > asAt)),
                db.Findings.Count(f => f.IsgId == i.Id && (f.Kind == FindingKind.MustDo || f.Kind == FindingKind.NoticeRequirement)),
                db.Findings.Count(f => f.IsgId == i.Id && (f.Kind == FindingKind.ShouldDo || f.Kind == FindingKind.WellLedRecommendation))))
            .ToListAsync(ct))
        // The trajectory's order, so that the table and the sections read alike.
        .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Id).ToList();

    public static async Task<SituationAndBackground> SituationAsync(QipDbContext db, Guid trustId, IReadOnlyList<PaperIsg> isgs, CancellationToken ct)
    {
        var trust = await db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(ct);
        var inspections = await db.Inspections.AsNoTracking().OrderByDescending(i => i.StartedOn).ToListAsync(ct);
        var kinds = await db.Findings.GroupBy(f => f.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var latest = inspections.FirstOrDefault();
        var domains = Enum.GetValues<CqcDomain>();

        return new SituationAndBackground
        {
            TrustName = trust,
            InspectionDate = latest?.StartedOn,
            ReportPublished = latest?.PublishedOn,
            OverallRating = latest?.OverallRating,
            DomainRatings = new(domains.Select(d => (Domain: d, Rating: latest?.RatingFor(d)))
                .Where(r => r.Rating is not null).Select(r => new DomainRatingRow(r.Domain, r.Rating!.Value))),
            MustDoFindings = kinds.Where(k => k.Key == FindingKind.MustDo).Sum(k => k.Count),
            ShouldDoFindings = kinds.Where(k => k.Key == FindingKind.ShouldDo).Sum(k => k.Count),
            // Every notice received, whichever inspection it came with, oldest first.
            EnforcementNotices = new(inspections.SelectMany(i => i.Notices).OrderBy(n => n.ReceivedOn)
                .Select(n => new NoticeRow(n.Kind, n.ReceivedOn, n.Summary))),
            Isgs = new(isgs.Select(i => new IsgInPlace(i.Name, i.Chair, i.Cadence))),
        };
    }
}
