using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// A month's worth of plan on top of a <see cref="TestTrust"/>, all within the given month: an inspection with
/// ratings and a notice, a Well-led ISG whose finding is tagged W4, root causes completed (with evidence),
/// overdue and off track, a Well-led action done and one due later, and a change request approved in the month.
/// </summary>
internal sealed record PaperData(Guid WellLedIsgId, Guid OverdueRootCauseId)
{
    public static async Task<PaperData> ArrangeAsync(QipAppFactory app, TestTrust trust, DateOnly month)
    {
        return await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var t = trust.TrustId;
            var owner = trust[TrustRole.RootCauseOwner].Id;
            var at = new DateTimeOffset(month.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            DateOnly Day(int n) => month.AddDays(n - 1);

            var inspection = new Inspection(t, "Well-led inspection", month.AddMonths(-8), month.AddMonths(-8).AddDays(4));
            inspection.Publish(month.AddMonths(-6), Rating.RequiresImprovement,
                [new DomainRating(CqcDomain.Safe, Rating.Inadequate), new DomainRating(CqcDomain.WellLed, Rating.RequiresImprovement)]);
            inspection.RecordNotice(new EnforcementNotice(NoticeKind.Section29AWarning, month.AddMonths(-7), "Governance of medicines must improve."));

            var wellLed = new ImprovementSteeringGroup(t, "Well-led", ReportingCadence.Monthly);
            wellLed.Appoint(trust[TrustRole.IsgChair].Id, trust[TrustRole.AccountableExecutive].Id);
            var md2 = new Finding(t, "MD-2", "The trust must keep fridges in range.", FindingKind.MustDo, trust.IsgId);
            var wl1 = new Finding(t, "SD-1", "The trust should strengthen board governance.", FindingKind.ShouldDo, wellLed.Id);
            wl1.TagKloe("W4", null);

            RootCause Rc(string reference, Guid isg, Finding finding, int due)
            {
                var rc = new RootCause(t, reference, $"Root cause {reference}", owner, isg, Day(due));
                rc.Answer(finding);
                return rc;
            }
            var done = Rc("RC-101", trust.IsgId, md2, 4);
            var overdue = Rc("RC-102", trust.IsgId, md2, 9);
            var wellLedDone = Rc("RC-201", wellLed.Id, wl1, 14);
            var offTrack = Rc("RC-202", wellLed.Id, wl1, 19);
            foreach (var (rc, completed) in new[] { (done, 2), (wellLedDone, 20) })
            {
                var evidence = Domain.Plans.Evidence.Note(t, rc.Id, $"Audit of {rc.Reference}", "Compliance above 95% for eight weeks", owner, at);
                rc.AddEvidence(evidence);
                db.Evidence.Add(evidence);
                rc.MarkCompleted(Day(completed));
            }
            offTrack.ReportProgress(Day(40), offTrack: true, Day(15));

            var review = new ImprovementAction(t, wellLedDone.Id, "Board governance review", owner, Day(18));
            review.Update(ActionStatus.Done, "Reviewed by the board", Day(18));
            var terms = new ImprovementAction(t, offTrack.Id, "Committee terms of reference", owner, Domain.Reporting.ReportingPeriods.MonthEnd(month).AddDays(20));

            var change = ChangeRequest.NewDueDate(t, overdue.Id, Day(40), "Supplier delay", trust[TrustRole.Pmo].Id, at);
            change.Approve(trust[TrustRole.AccountableExecutive].Id, null, at.AddDays(11));

            // All of it entered the plan on the month's first day, though arranged now.
            foreach (var record in new IInPlanSince[] { md2, wl1, done, overdue, wellLedDone, offTrack, review, terms }) record.RecordAddedToPlan(Day(1));
            db.AddRange(inspection, wellLed, md2, wl1, review, terms, change);
            db.RootCauses.AddRange(done, overdue, wellLedDone, offTrack);
            await db.SaveChangesAsync();
            return new PaperData(wellLed.Id, overdue.Id);
        });
    }

    /// <summary>Completes the overdue root cause inside the month after the paper was generated: the plan moves on.</summary>
    public async Task CompleteOverdueAsync(QipAppFactory app, TestTrust trust, DateOnly on)
    {
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var rc = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == OverdueRootCauseId);
            var evidence = Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, "Late audit", "Fridges in range", trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow());
            rc.AddEvidence(evidence);
            db.Evidence.Add(evidence);
            rc.MarkCompleted(on);
            return await db.SaveChangesAsync();
        });
    }
}
