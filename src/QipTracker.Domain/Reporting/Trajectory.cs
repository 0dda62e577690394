using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Reporting;

/// <summary>
/// Cumulative planned, actual and forecast root-cause completions by period end — what the board
/// judges delivery by. Pure: everything, including the as-of date, is passed in. The rules:
/// <list type="bullet">
/// <item><b>Planned</b>: a root cause is planned for the period its baseline due date falls in, using the
/// baseline in force on the as-of date (the latest to have taken effect by then; if none had, the
/// earliest). Cumulative planned at a period end P counts baselines ≤ P, so an item due on a month's last
/// day belongs to that month. A rebaseline approved mid-period moves the item in every period of a report
/// as at or after its effective date, and in none before — so a past report reproduces.</item>
/// <item><b>Completed</b>: status Completed or later with a completion date ≤ P (and ≤ the as-of date).
/// A reopened root cause is no longer completed, in any period: its status is back in progress.
/// Null for periods ending after the as-of date.</item>
/// <item><b>Added</b>: a root cause that entered the plan after the as-of date is in no figure of that report.</item>
/// <item><b>Withdrawn</b>: a root cause withdrawn on or before the as-of date drops out entirely —
/// from planned, completed and forecast in every period — because a withdrawal is an approved change to
/// the plan, just as a rebaseline is. A report as at a date before the withdrawal still counts it.</item>
/// <item><b>Forecast</b>: delivered root causes by completion date plus undelivered ones by their
/// current forecast date. A forecast date on or before the as-of date is stale (the work is not done),
/// so it counts from the day after the as-of date: for periods up to the as-of date the forecast
/// equals the actual.</item>
/// <item><b>Percent</b>: <see cref="TrajectoryPercent"/> — completed ÷ planned, one decimal, never capped (above 100 is ahead of trajectory), null when nothing is planned.</item>
/// </list>
/// All dates are DateOnly (London calendar dates, converted before they get here), so the March and
/// October clock changes cannot move anything between periods.
/// </summary>
public static class Trajectory
{
    public static TrajectoryReport Compute(IEnumerable<TrajectoryItem> items, DateOnly asOf, IEnumerable<DateOnly> periodEnds)
    {
        // Work added to the plan after the as-of date is in no figure of a report as at that date.
        var all = items.Where(i => i.AddedToPlanOn <= asOf).ToList();
        var ends = periodEnds.Distinct().Order().ToList();
        var counted = all.Where(i => !i.IsWithdrawnBy(asOf)).Select(i => Counted.Of(i, asOf)).ToList();

        var isgs = all.GroupBy(i => i.IsgId)
            .Select(g => (Id: g.Key, Name: g.First().IsgName))
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Id)
            .ToList();

        var series = new List<TrajectorySeries>();
        foreach (var (id, name) in isgs)
        {
            foreach (var priority in Priorities)
                series.Add(Series(id, name, priority, all, counted, asOf, ends));
            series.Add(Series(id, name, null, all, counted, asOf, ends));
        }
        foreach (var priority in Priorities)
            series.Add(Series(null, TrajectorySeries.All, priority, all, counted, asOf, ends));
        series.Add(Series(null, TrajectorySeries.All, null, all, counted, asOf, ends));

        return new TrajectoryReport(asOf, ends, series);
    }

    private static readonly PriorityClass[] Priorities = [PriorityClass.MustDo, PriorityClass.ShouldDo];

    private static TrajectorySeries Series(Guid? isgId, string isg, PriorityClass? priority,
        List<TrajectoryItem> all, List<Counted> counted, DateOnly asOf, List<DateOnly> ends)
    {
        bool InGroup(TrajectoryItem i) => (isgId is null || i.IsgId == isgId) && (priority is null || i.Priority == priority);
        var group = counted.Where(c => InGroup(c.Item)).ToList();

        var points = new List<TrajectoryPoint>(ends.Count);
        int previousPlanned = 0, previousCompleted = 0;
        foreach (var end in ends)
        {
            var planned = group.Count(c => c.PlannedDue <= end);
            int? completed = end <= asOf ? group.Count(c => c.CompletedOn <= end) : null;
            var forecast = group.Count(c => c.ForecastOn <= end);
            points.Add(new TrajectoryPoint(end, planned, completed, forecast,
                completed is { } done ? TrajectoryPercent.Of(done, planned) : null,
                planned - previousPlanned,
                completed - previousCompleted));
            previousPlanned = planned;
            previousCompleted = completed ?? previousCompleted;
        }

        var plannedToDate = group.Count(c => c.PlannedDue <= asOf);
        var completedToDate = group.Count(c => c.CompletedOn is not null);
        return new TrajectorySeries(isgId, isg, priority, plannedToDate, completedToDate,
            TrajectoryPercent.Of(completedToDate, plannedToDate),
            Reopened: group.Count(c => c.Item.ReopenCount > 0),
            Withdrawn: all.Count(i => InGroup(i) && i.IsWithdrawnBy(asOf)),
            points);
    }

    /// <summary>One live root cause's three dates as at the as-of date.</summary>
    private sealed record Counted(TrajectoryItem Item, DateOnly PlannedDue, DateOnly? CompletedOn, DateOnly ForecastOn)
    {
        public static Counted Of(TrajectoryItem item, DateOnly asOf)
        {
            // Completed after the as-of date: not yet known as at that date.
            DateOnly? completedOn = item.IsDeliveredBy(asOf) ? item.CompletedOn : null;
            var forecastOn = completedOn ?? (item.ForecastDue > asOf ? item.ForecastDue : asOf.AddDays(1));
            return new Counted(item, item.BaselineAsAt(asOf), completedOn, forecastOn);
        }
    }
}
