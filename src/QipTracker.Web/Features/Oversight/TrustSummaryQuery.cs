using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// One trust's plan summary as its overseers see it, read in that trust's own scope (see <see cref="OversightReads"/>):
/// the board's trajectory headlines, the Domain's overdue and off-track rules, the SPC summary's concerns, the exit
/// criteria, the latest partner pack and the partners' feedback. Owners' names only when the trust allows them; no
/// evidence, no other paper.
/// </summary>
public sealed class TrustSummaryQuery(QipDbContext db, TrajectoryQuery trajectory, SpcSummaryQuery spc, TimeProvider clock)
{
    public async Task<OverseenTrust> ReadAsync(GrantedTrust trust, CancellationToken ct)
    {
        var today = clock.Today();
        var lastMonthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var headlines = GetBoardHomeHandler.Headlines(await trajectory.ComputeAsync(today, null, false, ct), lastMonthEnd);
        var figures = await db.RootCauses.FiguresAsync(today, ct);

        var exceptions = db.RootCauses.Where(RootCauseRules.OffTrackOrOverdue(today)).OrderBy(r => r.BaselineDue).ThenBy(r => r.Reference);
        var offTrack = trust.ShowOwnerNames
            ? await exceptions.Select(r => new OffTrackItem(r.Reference, r.BaselineDue, r.BaselineDue < today,
                db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault())).ToListAsync(ct)
            : await exceptions.Select(r => new OffTrackItem(r.Reference, r.BaselineDue, r.BaselineDue < today, null)).ToListAsync(ct);

        var concerns = (await spc.RowsAsync(null, KpiKind.HighLevel, today, ct))
            .Where(k => KpiSpc.IsConcern(k.Variation, k.Assurance))
            .Select(k => new KpiConcern(k.Code, k.Name, k.LatestPeriodLabel, k.LatestValue, k.Unit, k.Target, k.Variation, k.Assurance))
            .ToList();

        var criteria = await db.ExitCriteria.OrderBy(c => c.AgreedOn).ThenBy(c => c.Text)
            .Select(c => new ExitCriterionView(c.Text, c.AgreedOn, c.Status, c.EvidenceNote)).ToListAsync(ct);

        // The partner pack only: a board paper is the trust's own.
        var pack = await db.GeneratedPapers.Where(p => p.Kind == GeneratedPaperKind.PartnerPack)
            .OrderByDescending(p => p.Month).ThenByDescending(p => p.GeneratedAt)
            .Select(p => new PartnerPackLink(p.Id, p.Month, p.GeneratedAt, p.PptxKey != null)).FirstOrDefaultAsync(ct);

        var feedback = await db.PartnerFeedbacks.OrderByDescending(f => f.MeetingOn).ThenByDescending(f => f.RecordedAt).Take(20)
            .Select(f => new FeedbackView(f.MeetingOn, f.From, f.Said, f.Response,
                db.OversightOrganisations.Where(o => o.Id == f.OversightOrganisationId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync(ct);

        return new OverseenTrust(trust.TrustId, trust.TrustName, trust.ShowOwnerNames, today, headlines, figures.Overdue, offTrack.Count,
            offTrack, concerns, criteria, pack, feedback);
    }
}
