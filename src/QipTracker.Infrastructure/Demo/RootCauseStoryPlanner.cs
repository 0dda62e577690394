using Bogus;
using QipTracker.Infrastructure.Demo.Text;
using static QipTracker.Infrastructure.Demo.DemoCalendar;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Decides each root cause's history from its baseline due date, so statuses agree with dates:
/// the older the due date the likelier it is delivered (and assured, then embedded); the rest are
/// overdue, some reported off track; a few future ones slip; a few assured ones are reopened.
/// </summary>
internal static class RootCauseStoryPlanner
{
    public static RootCauseStory Plan(DateOnly baselineDue, Randomizer random, DemoCalendar calendar)
    {
        var today = calendar.Today;
        var story = new RootCauseStory { BaselineDue = baselineDue };
        var daysAhead = baselineDue.DayNumber - today.DayNumber;

        if (daysAhead > 120 && random.Bool(0.35f)) return story; // not started yet: due well into next year's plan

        var started = calendar.Between(calendar.PlanStart.AddDays(3),
            Min(calendar.PlanStart.AddDays(50), Min(baselineDue.AddDays(-14), calendar.Days(-3))));
        story.StartedOn = started;

        var deliveredChance = daysAhead switch
        {
            < -60 => 0.87f,
            < -21 => 0.65f,
            <= 0 => 0.5f,
            < 45 => 0.3f,
            < 120 => 0.1f,
            _ => 0.03f,
        };
        // Delivery needs at least two weeks of work before yesterday.
        if (random.Bool(deliveredChance) && started.AddDays(14) < calendar.Today) Deliver(story, random, calendar);
        else if (daysAhead <= 0) Overdue(story, random, calendar);
        else if (random.Bool(0.15f)) Slip(story, random, calendar, calendar.Between(Max(started.AddDays(3), calendar.Days(-45)), calendar.Yesterday),
            baselineDue.AddDays(random.Int(14, 70)), random.Bool(0.2f));
        return story;
    }

    private static void Deliver(RootCauseStory story, Randomizer random, DemoCalendar calendar)
    {
        var started = story.StartedOn!.Value;
        var target = story.BaselineDue <= calendar.Today
            ? story.BaselineDue.AddDays(random.Int(-25, 14))
            : calendar.Between(calendar.Days(-75), calendar.Yesterday);
        var completed = WorkingDay(Min(Max(target, started.AddDays(14)), calendar.Yesterday));

        // Finished late: the owner had moved the forecast before the baseline date passed.
        if (completed > story.BaselineDue)
            Slip(story, random, calendar, calendar.Between(Max(started.AddDays(3), story.BaselineDue.AddDays(-20)), story.BaselineDue.AddDays(-1)),
                Max(story.BaselineDue.AddDays(7), completed.AddDays(random.Int(-3, 7))), offTrack: false);

        story.EvidenceOn = Max(started.AddDays(1), WorkingDay(completed.AddDays(-random.Int(0, 4))));
        story.CompletedOn = completed;

        var assured = WorkingDay(completed.AddDays(random.Int(6, 28)));
        if (assured >= calendar.Today) return; // awaiting the chair's assurance
        story.AssuredOn = assured;

        // Embedding needs the KPI sustained for three monthly periods after assurance.
        var embedded = WorkingDay(assured.AddDays(random.Int(84, 110)));
        if (embedded < calendar.Today && random.Bool(0.75f)) story.EmbeddedOn = embedded;

        var lastClosure = story.EmbeddedOn ?? assured;
        if (lastClosure < calendar.Days(-30) && random.Bool(0.06f))
        {
            story.ReopenedOn = calendar.Between(lastClosure.AddDays(14), calendar.Days(-3));
            story.ReopenReason = random.ArrayElement(NarrativeBank.ReopenReasons);
            story.ForecastAfterReopen = WorkingDay(calendar.Days(random.Int(14, 60)));
        }
    }

    private static void Overdue(RootCauseStory story, Randomizer random, DemoCalendar calendar)
    {
        var started = story.StartedOn!.Value;
        var slippedOn = calendar.Between(Max(started.AddDays(3), story.BaselineDue.AddDays(-25)), Min(story.BaselineDue.AddDays(20), calendar.Yesterday));
        Slip(story, random, calendar, slippedOn, calendar.Days(random.Int(7, 75)), random.Bool(0.3f));
    }

    private static void Slip(RootCauseStory story, Randomizer random, DemoCalendar calendar, DateOnly on, DateOnly forecast, bool offTrack)
    {
        story.SlippedOn = Min(on, calendar.Yesterday);
        story.SlippedForecast = WorkingDay(forecast);
        story.OffTrack = offTrack;
        story.SlipReason = random.ArrayElement(NarrativeBank.SlipReasons);
    }
}
