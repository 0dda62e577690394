using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// The delivery figures of the paper, each straight from a <see cref="GetTrajectory"/> report for the ISG and
/// priority class: completed, planned and percentage to date, and the root causes identified (every root cause
/// the series counts — its last point's cumulative planned, which covers every live root cause's baseline).
/// The findings come from the register. Nothing here counts root causes a second way.
/// </summary>
internal static class PaperDelivery
{
    public static DeliveryFigures Figures(int findings, TrajectorySeries? series) =>
        new(findings, series?.Points is [.., var last] ? last.Planned : 0, series?.CompletedToDate ?? 0, series?.PlannedToDate ?? 0, series?.PercentToDate);

    public static DeliveryFigures ForIsg(TrajectoryReport report, PaperIsg isg, PriorityClass? priority) =>
        Figures(priority switch { PriorityClass.MustDo => isg.MustDoFindings, PriorityClass.ShouldDo => isg.ShouldDoFindings, _ => isg.Findings },
            report.Series.FirstOrDefault(s => s.IsgId == isg.Id && s.Priority == priority));

    public static DeliveryFigures ForTrust(TrajectoryReport report, IReadOnlyList<PaperIsg> isgs, PriorityClass? priority) =>
        Figures(isgs.Sum(i => priority switch { PriorityClass.MustDo => i.MustDoFindings, PriorityClass.ShouldDo => i.ShouldDoFindings, _ => i.Findings }),
            report.Series.FirstOrDefault(s => s.IsgId is null && s.Priority == priority));

    public static MonthFigures MonthOf(TrajectoryReport report, PaperIsg isg) =>
        new(report.AsOf, ForIsg(report, isg, PriorityClass.MustDo), ForIsg(report, isg, PriorityClass.ShouldDo), ForIsg(report, isg, null));

    public static MonthFigures MonthOf(TrajectoryReport report, IReadOnlyList<PaperIsg> isgs) =>
        new(report.AsOf, ForTrust(report, isgs, PriorityClass.MustDo), ForTrust(report, isgs, PriorityClass.ShouldDo), ForTrust(report, isgs, null));

    /// <summary>Open Must Do root causes (identified, not completed) that are neither overdue nor reported off track.</summary>
    public static int MustDoOnTrack(DeliveryFigures mustDo, IEnumerable<PaperException> exceptions) =>
        Math.Max(0, mustDo.RootCausesIdentified - mustDo.Completed - exceptions.Count(e => e.Item.Priority == PriorityClass.MustDo));

    public static TrajectoryChart Chart(string title, DateOnly asAt, TrajectorySeries? series) =>
        new(title, asAt, new((series?.Points ?? []).Select(p => new ChartPoint(p.PeriodEnd, p.Planned, p.Completed, p.Forecast))));
}
