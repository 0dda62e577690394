using MediatR;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.Home;

/// <summary>
/// What a board member reads first: delivery against trajectory (Must Do and Should Do, today and at last month's
/// end), the latest board paper, and the high-level KPIs that show a concern, concerns first. The same reads as the
/// trajectory page, the paper history and the SPC summary, through their shared query services.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetBoardHome : IQuery<BoardHome>;

/// <param name="Concerns">High-level KPIs showing a concern (special cause of concern, or a target consistently failed), worst first.</param>
/// <param name="KpiCount">High-level KPIs in all, so the concerns read as "n of m".</param>
public sealed record BoardHome(DateOnly AsOf, DateOnly LastMonthEnd, IReadOnlyList<TrajectoryHeadline> Trajectory, GeneratedPaperDto? LatestPaper,
    IReadOnlyList<SpcSummaryRow> Concerns, int KpiCount);

/// <param name="Percent">Percentage of trajectory achieved today, never capped (null: nothing planned yet).</param>
/// <param name="LastMonthPercent">The same at the end of last month.</param>
/// <param name="LastMonthStanding">Behind, on or ahead of trajectory at the end of last month (null: no figure for it).</param>
public sealed record TrajectoryHeadline(PriorityClass Priority, int Completed, int Planned, decimal? Percent, decimal? LastMonthPercent,
    TrajectoryStanding? LastMonthStanding = null)
{
    /// <summary>Behind, on or ahead of trajectory today, from the counts (<see cref="TrajectoryPercent.Standing"/>).</summary>
    public TrajectoryStanding Standing => TrajectoryPercent.Standing(Completed, Planned);
}

public sealed class GetBoardHomeHandler(TrajectoryQuery trajectory, PaperHistory papers, SpcSummaryQuery spc, TimeProvider clock)
    : IRequestHandler<GetBoardHome, BoardHome>
{
    public async Task<BoardHome> Handle(GetBoardHome request, CancellationToken ct)
    {
        var today = clock.Today();
        var lastMonthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var report = await trajectory.ComputeAsync(today, null, false, ct);
        var headlines = Headlines(report, lastMonthEnd);

        var latest = (await papers.ListAsync(null, ct)).FirstOrDefault(p => p.Kind == GeneratedPaperKind.BoardPaper);
        var kpis = await spc.RowsAsync(null, KpiKind.HighLevel, today, ct);
        var concerns = kpis.Where(k => KpiSpc.IsConcern(k.Variation, k.Assurance)).ToList(); // already concerns first
        return new BoardHome(today, lastMonthEnd, headlines, latest, concerns, kpis.Count);
    }

    /// <summary>The trust's Must Do and Should Do headlines, today and at the month end given: the board's Home and the oversight portfolio.</summary>
    public static IReadOnlyList<TrajectoryHeadline> Headlines(TrajectoryReport report, DateOnly lastMonthEnd) =>
        new[] { PriorityClass.MustDo, PriorityClass.ShouldDo }
            .Select(p => report.Series.SingleOrDefault(s => s.IsgId == null && s.Priority == p) is { } series
                ? Headline(p, series, series.Points.FirstOrDefault(pt => pt.PeriodEnd == lastMonthEnd))
                : new TrajectoryHeadline(p, 0, 0, null, null))
            .ToList();

    private static TrajectoryHeadline Headline(PriorityClass priority, TrajectorySeries series, TrajectoryPoint? lastMonth) =>
        new(priority, series.CompletedToDate, series.PlannedToDate, series.PercentToDate, lastMonth?.Percent,
            lastMonth is { Completed: { } completed } ? TrajectoryPercent.Standing(completed, lastMonth.Planned) : null);
}
