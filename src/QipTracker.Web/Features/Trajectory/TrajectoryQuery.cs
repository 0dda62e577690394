using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trajectory;

/// <summary>
/// The trajectory read (see <see cref="GetTrajectory"/>), shared by every feature that shows it (the trajectory page,
/// the board member's Home) so none of them sends another's request.
/// </summary>
public sealed class TrajectoryQuery(QipDbContext db, TimeProvider clock)
{
    public async Task<TrajectoryReport> ComputeAsync(DateOnly? asOfDate, Guid? forIsg, bool bySprint, CancellationToken ct)
    {
        var request = new GetTrajectory(asOfDate, forIsg, bySprint);
        var asOf = request.AsOf ?? clock.Today();
        SprintCalendar? calendar = null;
        if (request.IsgId is { } isgId)
        {
            var isg = await db.Isgs.SingleOrDefaultAsync(i => i.Id == isgId, ct) ?? throw new NotFoundException($"ISG {isgId}");
            calendar = SprintCalendar.Of(isg);
        }
        if (request.BySprint && calendar is null)
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [nameof(GetTrajectory.BySprint)] = [request.IsgId is null
                    ? "Sprint ends differ between ISGs: choose an ISG to see its trajectory by sprint."
                    : "This ISG has no sprint calendar yet."],
            });

        // The root causes as they stood at the end of the as-of date, then those of the ISG as it stood then.
        var items = (await PlanAsAt.RootCausesAsync(db, asOf, clock.Today(), request.IsgId, ct)).Select(r => r.Item).ToList();
        return Compute(items, asOf, request.BySprint ? calendar : null);
    }

    /// <summary>
    /// The trajectory of root causes already read as they stood on the as-of date (<see cref="PlanAsAt"/>), by month
    /// end, or by the sprint ends of the calendar given: the board paper reads the plan once for all its parts.
    /// </summary>
    public static TrajectoryReport Compute(IReadOnlyList<TrajectoryItem> items, DateOnly asOf, SprintCalendar? bySprintsOf = null)
    {
        var first = items.Count == 0 ? asOf
            : new[] { asOf, items.Min(i => i.BaselineAsAt(asOf)), items.Where(i => i.CompletedOn is not null).Select(i => i.CompletedOn!.Value).DefaultIfEmpty(asOf).Min() }.Min();
        var last = items.Count == 0 ? asOf : new[] { asOf, items.Max(i => i.BaselineAsAt(asOf)) }.Max();
        var periodEnds = bySprintsOf is { } calendar
            // Sprint ends from the first sprint to the one holding the last planned date, with the as-of date itself.
            ? ReportingPeriods.SprintEnds(calendar, last < calendar.FirstStart ? calendar.FirstStart : last)
                .Append(asOf).Where(d => d >= calendar.FirstStart).Distinct().Order().ToList()
            // Month ends from the first planned or delivered month to the last planned one, with the as-of date itself.
            : ReportingPeriods.MonthEnds(first, ReportingPeriods.MonthEnd(last)).Append(asOf).Distinct().Order().ToList();
        return Domain.Reporting.Trajectory.Compute(items, asOf, periodEnds);
    }
}
