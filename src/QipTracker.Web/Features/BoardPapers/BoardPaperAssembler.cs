using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// A month's paper as assembled now, with the draft it used, the text drafted from the data (what the paper
/// says where the PMO wrote nothing), the ask the data supports, and the trust's lists the cover sheet chooses from.
/// </summary>
public sealed record AssembledPaper(BoardPaperContent Content, PaperDraft Draft, IReadOnlyList<IsgDraftText> Isgs,
    string DraftedSummary, IReadOnlyList<RecommendationItem> DraftedRecommendation, AskProposal Proposal,
    IReadOnlyList<string> ObjectiveOptions, IReadOnlyList<string> BafOptions);

/// <summary>An ISG's commentary drafted from its figures, and the PMO's own (null when they have not written one).</summary>
public sealed record IsgDraftText(Guid IsgId, string Isg, string Drafted, string? Commentary);

/// <summary>
/// Builds a month's <see cref="BoardPaperContent"/> from the live data of the current trust, as at the
/// month's last day (or today while the month runs), with the PMO's draft for the judgement. Delivery
/// figures are the trajectory's own (<see cref="GetTrajectory"/> for the month end, and for the month end
/// before for "last month"), per ISG and priority class, so the paper and the trajectory page can never
/// disagree. Each part is a set-based read; none loops over rows with queries.
/// </summary>
public sealed class BoardPaperAssembler(QipDbContext db, TrajectoryQuery trajectories, ICurrentUser user, TimeProvider clock)
{
    public async Task<AssembledPaper> AssembleAsync(DateOnly month, CancellationToken ct)
    {
        var today = clock.Today();
        var asAt = PaperMonth.AsAt(month, today);
        var trustId = user.TrustId ?? throw new ForbiddenException("A board paper is for a trust: choose one first.");
        var draft = await PaperDraftDefaults.LoadOrNewAsync(db, user, month, ct);
        var isNew = db.Entry(draft).State == EntityState.Detached;
        // The plan as it stood at the month end, read once for the trajectory, the exceptions and the Well-led plan.
        var plan = await PlanAsAt.RootCausesAsync(db, asAt, today, null, ct);
        var trajectory = TrajectoryQuery.Compute([.. plan.Select(r => r.Item)], asAt);
        var lastMonth = await trajectories.ComputeAsync(ReportingPeriods.MonthEnd(month.AddMonths(-1)), null, false, ct);
        var isgs = await PaperRegister.IsgsAsync(db, asAt, ct);
        var situation = await PaperFindings.ReconcileAsync(await PaperRegister.SituationAsync(db, trustId, isgs, asAt, ct), db, asAt, ct);
        var exceptions = await PaperExceptions.ReadAsync(db, plan, asAt, ct);
        var changes = await PaperChanges.ReadAsync(db, month, asAt, ct);
        var kpis = await PaperKpis.ReadAsync(db, isgs, asAt, ct);
        var lists = await db.Trusts.Where(t => t.Id == trustId).Select(t => new { t.StrategicObjectives, t.BafRisks }).SingleAsync(ct);

        var texts = new List<IsgDraftText>();
        var progress = new List<IsgProgress>();
        foreach (var isg in isgs)
        {
            var mine = exceptions.Where(e => e.IsgId == isg.Id).ToList();
            var mustDo = PaperDelivery.ForIsg(trajectory, isg, PriorityClass.MustDo);
            var figures = new IsgProgress
            {
                Isg = isg.Name,
                Figures = PaperDelivery.ForIsg(trajectory, isg, null),
                MustDo = mustDo,
                ShouldDo = PaperDelivery.ForIsg(trajectory, isg, PriorityClass.ShouldDo),
                LastMonth = PaperDelivery.MonthOf(lastMonth, isg),
                MustDoOnTrack = PaperDelivery.MustDoOnTrack(mustDo, mine),
                // An ISG with no root causes yet has no series in the trajectory.
                MustDoChart = PaperDelivery.Chart($"{isg.Name}: Must Do root causes", asAt, trajectory.Series.FirstOrDefault(s => s.IsgId == isg.Id && s.Priority == PriorityClass.MustDo)),
                ShouldDoChart = PaperDelivery.Chart($"{isg.Name}: Should Do root causes", asAt, trajectory.Series.FirstOrDefault(s => s.IsgId == isg.Id && s.Priority == PriorityClass.ShouldDo)),
                Commentary = "",
            };
            var drafted = PaperWording.IsgCommentary(isg.Name, figures, asAt, [.. mine.Select(e => e.Item)], changes.Count(c => c.IsgId == isg.Id));
            var own = draft.CommentaryFor(isg.Id);
            texts.Add(new IsgDraftText(isg.Id, isg.Name, drafted, string.IsNullOrWhiteSpace(own) ? null : own));
            progress.Add(figures with { Commentary = string.IsNullOrWhiteSpace(own) ? drafted : own });
        }

        var mustDoTotal = PaperDelivery.ForTrust(trajectory, isgs, PriorityClass.MustDo);
        var assessment = new Assessment
        {
            AsAt = asAt,
            MustDoChart = PaperDelivery.Chart("Must Do root causes: completed against trajectory", asAt, trajectory.For(null, PriorityClass.MustDo)),
            ShouldDoChart = PaperDelivery.Chart("Should Do root causes: completed against trajectory", asAt, trajectory.For(null, PriorityClass.ShouldDo)),
            Isgs = new(progress),
            Total = PaperDelivery.ForTrust(trajectory, isgs, null),
            MustDoTotal = mustDoTotal,
            ShouldDoTotal = PaperDelivery.ForTrust(trajectory, isgs, PriorityClass.ShouldDo),
            LastMonth = PaperDelivery.MonthOf(lastMonth, isgs),
            MustDoOnTrack = PaperDelivery.MustDoOnTrack(mustDoTotal, exceptions),
            WellLedPlan = ValueList<WellLedKloeProgress>.Empty,
            WellLedByKloe = await PaperWellLedPlan.ReadAsync(db, plan, month, asAt, ct),
            Kpis = kpis.Summary,
            KpiCharts = kpis.Charts,
            Exceptions = new(exceptions.Select(e => e.Item)),
            ExceptionsByIsg = PaperExceptionCounts.ByIsg(isgs, exceptions),
            ChangesApproved = new(changes.Select(c => c.Change)),
            Burndowns = await PaperBurndowns.ReadAsync(db, isgs, month, asAt, ct),
            PartnerFeedback = await PaperPartnerFeedback.ReadAsync(db, month, asAt, ct),
        };

        var proposal = PaperWording.Ask(assessment, kpis);
        if (isNew) draft.AskTheBoard(proposal.Ask, draft.AskReason);   // a new draft starts from what the data supports
        var summary = PaperWording.ExecutiveSummary(assessment, kpis);
        var recommendation = PaperWording.Recommendation(draft.BoardAskedTo, assessment, kpis);
        var content = new BoardPaperContent
        {
            Cover = new CoverSheet
            {
                Meeting = draft.Meeting,
                PaperTitle = draft.PaperTitle,
                MeetingDate = draft.MeetingDate,
                DateWritten = today,
                ResponsibleDirector = draft.ResponsibleDirector,
                Author = draft.Author,
                ExecutiveSummary = Or(draft.ExecutiveSummary, summary),
                PreviouslyConsideredBy = draft.PreviouslyConsideredBy,
                BoardAskedTo = draft.BoardAskedTo,
                AskReason = Or(draft.AskReason, draft.BoardAskedTo == proposal.Ask ? proposal.Reason
                    : $"The data alone supports {PaperLabels.Of(proposal.Ask).ToLowerInvariant()}: {char.ToLowerInvariant(proposal.Reason[0])}{proposal.Reason[1..]}"),
                LinkedCqcDomains = new(draft.LinkedCqcDomains),
                StrategicObjectives = new(draft.StrategicObjectives),
                ObjectiveChoices = new(lists.StrategicObjectives.Select(o => new Choice(o, draft.StrategicObjectives.Contains(o)))
                    // One chosen when it was on the list and since taken off it still shows, ticked.
                    .Concat(draft.StrategicObjectives.Where(o => !lists.StrategicObjectives.Contains(o)).Select(o => new Choice(o, true)))),
                BafRisks = new(draft.BafRisks),
                EqualityStage = draft.EqualityStage,
                EqualityImpact = draft.EqualityImpact,
                FoiStatus = draft.FoiStatus,
            },
            Situation = situation,
            Assessment = assessment,
            Recommendation = PaperWording.RecommendationLead,
            RecommendationItems = new(draft.Recommendations.Count > 0 ? draft.Recommendations : recommendation),
        };
        return new AssembledPaper(content, draft, texts, summary, recommendation, proposal, lists.StrategicObjectives, lists.BafRisks);
    }

    private static string Or(string? written, string drafted) => string.IsNullOrWhiteSpace(written) ? drafted : written;
}
