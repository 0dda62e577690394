using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Findings;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// One ISG as the paper needs it: who chairs it, how it reports, and what it covers as at the month end — its
/// findings in the plan by then, in all and by priority class (Must Do: Must Do findings and notice requirements).
/// </summary>
internal sealed record PaperIsg(Guid Id, string Name, string Chair, ReportingCadence Cadence, int Findings,
    int MustDoFindings = 0, int ShouldDoFindings = 0);

/// <summary>Situation and Background from the register: the latest inspection, its ratings, the findings, notices and ISGs.</summary>
internal static class PaperRegister
{
    public static async Task<IReadOnlyList<PaperIsg>> IsgsAsync(QipDbContext db, DateOnly asAt, CancellationToken ct)
    {
        // The kinds the plan ranks Must Do (FindingKindExtensions.Priority); every other kind is Should Do.
        var mustDo = Enum.GetValues<FindingKind>().Where(k => k.Priority() == PriorityClass.MustDo).ToList();
        var findings = db.Findings.Where(f => f.AddedToPlanOn <= asAt);
        return (await db.Isgs
            .Select(i => new PaperIsg(i.Id, i.Name,
                db.Users.Where(u => u.Id == i.ChairId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                i.Cadence,
                findings.Count(f => f.IsgId == i.Id),
                findings.Count(f => f.IsgId == i.Id && mustDo.Contains(f.Kind)),
                findings.Count(f => f.IsgId == i.Id && !mustDo.Contains(f.Kind))))
            .ToListAsync(ct))
        // The trajectory's order, so that the table and the sections read alike.
        .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Id).ToList();
    }

    public static async Task<SituationAndBackground> SituationAsync(QipDbContext db, Guid trustId, IReadOnlyList<PaperIsg> isgs, DateOnly asAt, CancellationToken ct)
    {
        var trust = await db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(ct);
        var inspections = await db.Inspections.AsNoTracking().OrderByDescending(i => i.StartedOn).ToListAsync(ct);
        var findings = await db.FindingCountsAsync(ct, asAt);
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
            MustDoFindings = findings.ReportMustDo,
            ShouldDoFindings = findings.ReportShouldDo,
            Findings = findings,
            // Every notice received, whichever inspection it came with, oldest first.
            EnforcementNotices = new(inspections.SelectMany(i => i.Notices).OrderBy(n => n.ReceivedOn)
                .Select(n => new NoticeRow(n.Kind, n.ReceivedOn, n.Summary))),
            Isgs = new(isgs.Select(i => new IsgInPlace(i.Name, i.Chair, i.Cadence))),
        };
    }
}
