using Bogus;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// The ISGs' sprint history since the plan started: each sprint started on its first day with the scope
/// the plan gave it then, most owners' updates, and closed on its last day with what was delivered; the
/// sprint in progress today is active with about two thirds of its updates in, and the next is planned.
/// Built through the Domain's own Start and Close, so the demo's burndowns follow the real rules. An update
/// says what the plan says: Completed only for work delivered by then, and in the current sprint the root
/// cause's own status, forecast and off-track flag, as a real update would have left them.
/// Public for the benchmark's generated trusts (bench/), which write the same history.
/// </summary>
public sealed class DemoSprintWriter(Guid trustId, Randomizer random, DateTimeOffset now)
{
    private static readonly string[] Narratives =
    [
        "Work is on plan; the audit is booked for next week.",
        "Training sessions delivered to two of three teams; the last is scheduled.",
        "Policy drafted and out for consultation with the clinical leads.",
        "Delayed by staffing pressures this fortnight; catching up next sprint.",
        "Evidence collected and being checked before completion.",
        "Pilot running on one ward; early results look positive.",
    ];

    public List<Sprint> Sprints { get; } = [];
    public List<SprintUpdate> Updates { get; } = [];

    public void Write(ImprovementSteeringGroup isg, DateOnly firstStart, DateOnly today,
        IReadOnlyList<RootCause> rootCauses, IReadOnlyList<ImprovementAction> actions)
    {
        isg.ScheduleSprints(firstStart);
        var calendar = SprintCalendar.Of(isg)!;
        var references = rootCauses.ToDictionary(r => r.Id, r => r.Reference);
        var candidates = rootCauses.Select(r => ScopeCandidate.Of(r))
            .Concat(actions.Where(a => references.ContainsKey(a.RootCauseId)).Select(a => ScopeCandidate.Of(a, references[a.RootCauseId])))
            .ToList();
        var deliveries = candidates.Select(c => c.Delivery).OfType<ItemDelivery>().ToList();
        var byId = rootCauses.ToDictionary(r => r.Id);

        Sprint? previous = null;
        foreach (var period in calendar.Through(today))
        {
            var sprint = new Sprint(trustId, isg.Id, period);
            sprint.Start(candidates, period.StartsOn, previous);
            var current = period.EndsOn >= today;
            Update(sprint, byId, current, current ? 0.65 : 0.9, current ? today : period.EndsOn);
            // Closed by the daily job in the first minutes of the day after its last.
            if (!current) sprint.Close(deliveries, new DateTimeOffset(period.EndsOn.AddDays(1).ToDateTime(new TimeOnly(0, 30)), TimeSpan.Zero), period.EndsOn.AddDays(1));
            Sprints.Add(sprint);
            previous = sprint;
        }
        Sprints.Add(new Sprint(trustId, isg.Id, calendar.Sprint((previous?.Number ?? 0) + 1)));
    }

    private void Update(Sprint sprint, Dictionary<Guid, RootCause> rootCauses, bool current, double share, DateOnly on)
    {
        foreach (var item in sprint.InScope.Where(i => i.Kind == ScopeItemKind.RootCause))
        {
            if (!random.Bool((float)share)) continue;
            var rootCause = rootCauses[item.ItemId];
            // The draws stay as they were, so the rest of the demo plan does not change with this.
            var done = item.DueOn <= on && random.Bool(0.5f);
            var reported = new SprintUpdateContent(done ? RootCauseStatus.Completed : RootCauseStatus.InProgress,
                random.ArrayElement(Narratives), item.DueOn.AddDays(done ? 0 : random.Int(0, 21)), OffTrack: !done && random.Bool(0.1f));
            var delivered = rootCause.CompletedOn is { } completed && completed <= on;
            var content = current
                ? reported with { Status = rootCause.Status, ForecastDue = rootCause.ForecastDue, OffTrack = rootCause.ReportedOffTrack }
                : reported with { Status = delivered ? RootCauseStatus.Completed : RootCauseStatus.InProgress, OffTrack = reported.OffTrack && !delivered };
            var at = new DateTimeOffset(sprint.StartsOn.AddDays(random.Int(0, Math.Max(0, on.DayNumber - sprint.StartsOn.DayNumber))).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            Updates.Add(SprintUpdate.Submit(sprint, item.ItemId, rootCause.OwnerId, content, at < now ? at : now));
        }
    }
}
