using MediatR;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>A month's paper as assembled now, with the draft it used and the text drafted from the data.</summary>
public sealed record AssembledPaper(BoardPaperContent Content, PaperDraft Draft, IReadOnlyList<IsgDraftText> Isgs,
    string DraftedSummary, string DraftedRecommendation);

/// <summary>An ISG's commentary drafted from its figures, and the PMO's own (null when they have not written one).</summary>
public sealed record IsgDraftText(Guid IsgId, string Isg, string Drafted, string? Commentary);

/// <summary>
/// Builds a month's <see cref="BoardPaperContent"/> from the live data of the current trust, as at the
/// month's last day (or today while the month runs), with the PMO's draft for the judgement. Delivery
/// figures are the trajectory's own (<see cref="GetTrajectory"/> for the same date), so the paper and the
/// trajectory page can never disagree. Each part is a set-based read; none loops over rows with queries.
/// </summary>
public sealed class BoardPaperAssembler(QipDbContext db, IMediator mediator, ICurrentUser user, TimeProvider clock)
{
    public async Task<AssembledPaper> AssembleAsync(DateOnly month, CancellationToken ct)
    {
        var today = clock.Today();
        var asAt = PaperMonth.AsAt(month, today);
        var trustId = user.TrustId ?? throw new ForbiddenException("A board paper is for a trust: choose one first.");
        var draft = await PaperDraftDefaults.LoadOrNewAsync(db, user, month, ct);
        var trajectory = await mediator.Send(new GetTrajectory(asAt), ct);
        var isgs = await PaperRegister.IsgsAsync(db, asAt, ct);
        var situation = await PaperRegister.SituationAsync(db, trustId, isgs, ct);
        var exceptions = await PaperExceptions.ReadAsync(db, asAt, ct);
        var changes = await PaperChanges.ReadAsync(mediator, db, month, asAt, ct);

        var texts = new List<IsgDraftText>();
        var progress = new List<IsgProgress>();
        foreach (var isg in isgs)
        {
            // An ISG with no root causes yet has no series in the trajectory.
            var series = trajectory.Series.FirstOrDefault(s => s.IsgId == isg.Id && s.Priority is null);
            var figures = Figures(isg.Findings, isg.RootCauses, series);
            var drafted = PaperWording.IsgCommentary(isg.Name, figures, asAt,
                [.. exceptions.Where(e => e.IsgId == isg.Id).Select(e => e.Item)], changes.Count(c => c.IsgId == isg.Id));
            var own = draft.CommentaryFor(isg.Id);
            texts.Add(new IsgDraftText(isg.Id, isg.Name, drafted, string.IsNullOrWhiteSpace(own) ? null : own));
            progress.Add(new IsgProgress
            {
                Isg = isg.Name,
                Figures = figures,
                Chart = Chart($"{isg.Name}: root causes completed against trajectory", asAt, series),
                Commentary = string.IsNullOrWhiteSpace(own) ? drafted : own,
            });
        }

        var assessment = new Assessment
        {
            AsAt = asAt,
            MustDoChart = Chart("Must Do root causes: completed against trajectory", asAt, trajectory.For(null, PriorityClass.MustDo)),
            ShouldDoChart = Chart("Should Do root causes: completed against trajectory", asAt, trajectory.For(null, PriorityClass.ShouldDo)),
            Isgs = new(progress),
            Total = Figures(isgs.Sum(i => i.Findings), isgs.Sum(i => i.RootCauses), trajectory.Total),
            WellLedPlan = await PaperWellLedPlan.ReadAsync(db, month, asAt, ct),
            Kpis = await PaperKpis.ReadAsync(mediator, asAt, ct),
            Exceptions = new(exceptions.Select(e => e.Item)),
            ChangesApproved = new(changes.Select(c => c.Change)),
        };
        var summary = PaperWording.ExecutiveSummary(assessment);
        var recommendation = PaperWording.Recommendation(draft.BoardAskedTo, asAt);
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
                BoardAskedTo = draft.BoardAskedTo,
                LinkedCqcDomains = new(draft.LinkedCqcDomains),
                StrategicObjectives = new(draft.StrategicObjectives),
                BafRisks = new(draft.BafRisks),
                EqualityImpact = draft.EqualityImpact,
                FoiStatus = draft.FoiStatus,
            },
            Situation = situation,
            Assessment = assessment,
            Recommendation = Or(draft.Recommendation, recommendation),
        };
        return new AssembledPaper(content, draft, texts, summary, recommendation);
    }

    private static DeliveryFigures Figures(int findings, int rootCauses, TrajectorySeries? series) =>
        new(findings, rootCauses, series?.CompletedToDate ?? 0, series?.PlannedToDate ?? 0, series?.PercentToDate);

    private static TrajectoryChart Chart(string title, DateOnly asAt, TrajectorySeries? series) =>
        new(title, asAt, new((series?.Points ?? []).Select(p => new ChartPoint(p.PeriodEnd, p.Planned, p.Completed, p.Forecast))));

    private static string Or(string? written, string drafted) => string.IsNullOrWhiteSpace(written) ? drafted : written;
}
