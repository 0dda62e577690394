namespace QipTracker.Domain.Sprints;

/// <summary>
/// Items (not points) remaining per day against the ideal line, with scope added and removed.
/// Rules: an item counts from the day it was added; it stops counting on the day it is delivered
/// or removed (so an item delivered on day d is not remaining at the end of day d); when both happen
/// the earlier wins, and on the same day it counts as removed. A delivery or removal dated before the
/// item was added counts on the day it was added. The ideal line starts at the committed scope and
/// falls evenly to zero at the end of the last day: Ideal(day k of n) = committed × (n − k) / n.
/// Actual figures are never drawn for a day that has not happened: they stop at today, or at the day the
/// sprint closed if it closed early.
/// </summary>
public static class Burndown
{
    /// <param name="today">Actual figures stop at the end of this day (today, or the day a closed sprint closed); later days have only the ideal line.</param>
    public static BurndownChart Compute(DateOnly startsOn, DateOnly endsOn, IEnumerable<BurndownItem> items, DateOnly today)
    {
        if (endsOn < startsOn) throw new ArgumentException("A sprint cannot end before it starts.", nameof(endsOn));
        var lines = items.Select(i => Line.Of(i, startsOn)).Where(l => l.Added <= endsOn).ToList();
        var committed = lines.Count(l => l.Committed);
        var days = endsOn.DayNumber - startsOn.DayNumber + 1;
        DateOnly? through = today < startsOn ? null : today > endsOn ? endsOn : today;

        var chart = new List<BurndownDay>(days);
        for (var k = 1; k <= days; k++)
        {
            var date = startsOn.AddDays(k - 1);
            var ideal = (decimal)committed * (days - k) / days;
            if (through is null || date > through)
            {
                chart.Add(new BurndownDay(date, k, null, ideal, null, null, null));
                continue;
            }
            chart.Add(new BurndownDay(date, k,
                Remaining: lines.Count(l => l.Added <= date && (l.Left is null || l.Left > date)),
                ideal,
                Added: lines.Count(l => !l.Committed && l.Added == date),
                Removed: lines.Count(l => l.Left == date && l.Removed),
                Delivered: lines.Count(l => l.Left == date && !l.Removed)));
        }
        return new BurndownChart(startsOn, endsOn, committed, through, chart);
    }

    /// <summary>
    /// A sprint's burndown. A closed sprint uses the deliveries recorded at its close, drawn to the day it closed
    /// (its last day, or earlier if it closed early); an active one uses <paramref name="deliveries"/> — the items'
    /// deliveries as they stand now — drawn to today.
    /// </summary>
    public static BurndownChart For(Sprint sprint, IEnumerable<ItemDelivery> deliveries, DateOnly today, ScopeItemKind? only = null)
    {
        var rows = sprint.Scope.Where(i => only is null || i.Kind == only);
        if (sprint.State == SprintState.Closed)
            return Compute(sprint.StartsOn, sprint.EndsOn, rows.Select(i => new BurndownItem(i.Committed, i.AddedOn, i.RemovedOn, i.DeliveredOn)),
                sprint.LastDayRun < today ? sprint.LastDayRun : today);

        var deliveredOn = deliveries.GroupBy(d => (d.Kind, d.ItemId)).ToDictionary(g => g.Key, g => g.Max(d => d.DeliveredOn));
        var items = rows.Select(i => new BurndownItem(i.Committed, i.AddedOn, i.RemovedOn,
            // A removed row is out of the sprint: a later delivery of the item is not this sprint's.
            i.IsInScope && deliveredOn.TryGetValue((i.Kind, i.ItemId), out var on) ? on : null));
        return Compute(sprint.StartsOn, sprint.EndsOn, items, sprint.State == SprintState.Planned ? sprint.StartsOn.AddDays(-1) : today);
    }

    private sealed record Line(bool Committed, DateOnly Added, DateOnly? Left, bool Removed)
    {
        public static Line Of(BurndownItem item, DateOnly startsOn)
        {
            var added = item.AddedOn < startsOn ? startsOn : item.AddedOn;
            var removed = item.RemovedOn is { } r && (item.DeliveredOn is not { } d0 || r <= d0);
            DateOnly? left = removed ? item.RemovedOn : item.DeliveredOn;
            if (left < added) left = added;
            return new Line(item.Committed, added, left, removed && left is not null);
        }
    }
}
