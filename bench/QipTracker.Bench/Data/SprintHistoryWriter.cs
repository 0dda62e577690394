using Bogus;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;

namespace QipTracker.Bench.Data;

/// <summary>
/// Every ISG's fortnightly sprints since the plan started, through the domain's Start and Close: each started on
/// its first day with the scope the plan gave it, most owners' updates in, closed the day after its last. The sprint
/// that ended yesterday is left active, so the daily sprint-rhythm job has one sprint per ISG to close, as it would
/// on any morning.
/// </summary>
public sealed class SprintHistoryWriter(GeneratedTrust plan, Randomizer random, DateTimeOffset now)
{
    private static readonly string[] Narratives =
    [
        "Work is on plan; the audit is booked for next week.",
        "Training delivered to two of three teams; the last is scheduled.",
        "Delayed by staffing pressures this fortnight; catching up next sprint.",
        "Evidence collected and being checked before completion.",
    ];

    public void Write(DateOnly planStart, DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        var sprints = (yesterday.DayNumber - planStart.DayNumber + 1) / SprintCalendar.FortnightDays;
        var firstStart = yesterday.AddDays(1 - SprintCalendar.FortnightDays * Math.Max(1, sprints));
        foreach (var isg in plan.Isgs)
        {
            var rootCauses = plan.RootCauses.Where(r => r.IsgId == isg.Id).ToList();
            var byId = rootCauses.ToDictionary(r => r.Id);
            var candidates = rootCauses.Select(r => ScopeCandidate.Of(r))
                .Concat(plan.Actions.Where(a => byId.ContainsKey(a.RootCauseId)).Select(a => ScopeCandidate.Of(a, byId[a.RootCauseId].Reference)))
                .ToList();
            var deliveries = candidates.Select(c => c.Delivery).OfType<ItemDelivery>().ToList();

            isg.ScheduleSprints(firstStart);
            Sprint? previous = null;
            foreach (var period in SprintCalendar.Of(isg)!.Through(yesterday))
            {
                var sprint = new Sprint(plan.Trust.Id, isg.Id, period);
                sprint.Start(candidates, period.StartsOn, previous);
                Updates(sprint, byId);
                if (period.EndsOn < yesterday)
                    sprint.Close(deliveries, new DateTimeOffset(period.EndsOn.AddDays(1).ToDateTime(new TimeOnly(0, 30)), TimeSpan.Zero), period.EndsOn.AddDays(1));
                plan.Sprints.Add(sprint);
                previous = sprint;
            }
        }
    }

    private void Updates(Sprint sprint, Dictionary<Guid, RootCause> rootCauses)
    {
        foreach (var item in sprint.Scope.Where(i => i.Kind == ScopeItemKind.RootCause))
        {
            if (!random.Bool(0.8f)) continue;
            var rootCause = rootCauses[item.ItemId];
            var delivered = rootCause.CompletedOn is { } completed && completed <= sprint.EndsOn;
            var content = new SprintUpdateContent(delivered ? RootCauseStatus.Completed : RootCauseStatus.InProgress,
                random.ArrayElement(Narratives), delivered ? rootCause.CompletedOn!.Value : item.DueOn.AddDays(random.Int(0, 21)));
            var at = new DateTimeOffset(sprint.StartsOn.AddDays(random.Int(0, 12)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            plan.SprintUpdates.Add(SprintUpdate.Submit(sprint, item.ItemId, rootCause.OwnerId, content, at < now ? at : now.AddMinutes(-1)));
        }
    }
}
