using Bogus;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;
using static QipTracker.Infrastructure.Demo.DemoCalendar;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Plans 1–4 actions per root cause, due in steps up to its baseline date, with statuses that agree
/// with the root cause's story: all done before it was completed, a mix while it is live, none started
/// before it is. A reopened root cause gets a recovery action.
/// </summary>
internal static class DemoActionPlanner
{
    private const string RecoveryAction = "Re-audit and agree a recovery plan with the ISG chair";

    public static void Plan(RootCauseDraft draft, IReadOnlyList<Guid> isgOwners, Randomizer random, DemoCalendar calendar)
    {
        var story = draft.Story;
        // The cause's own fix first; the theme's follow-through (audit, report) last, due at the baseline date.
        var count = Math.Max(draft.Cause.Actions.Length, random.WeightedRandom([1, 2, 3, 4], [0.15f, 0.35f, 0.3f, 0.2f]));
        var titles = draft.Cause.Actions.Concat(random.Shuffle(ThemeBank.For(draft.Primary.Theme).Actions)).Distinct().Take(count).ToList();
        var from = (story.StartedOn ?? calendar.Today).AddDays(14);
        if (from > story.BaselineDue) from = story.BaselineDue;
        var span = story.BaselineDue.DayNumber - from.DayNumber;

        for (var i = 0; i < titles.Count; i++)
        {
            var isLast = i == titles.Count - 1;
            var due = isLast ? story.BaselineDue : WorkingDay(from.AddDays(span * (i + 1) / titles.Count));
            var owner = draft.OwnedByOwnerLogin || random.Bool(0.7f) ? draft.OwnerId : random.ListItem(isgOwners.ToList());
            var action = new ActionDraft { Title = titles[i], DueOn = due, OwnerId = owner };
            if (story.StartedOn is { } started)
            {
                if (story.CompletedOn is { } completed) Closed(action, started, completed, random, calendar, cancel: !isLast && titles.Count >= 3 && random.Bool(0.08f));
                else Live(action, started, isLast, random, calendar);
            }
            draft.Actions.Add(action);
        }

        if (story.ReopenedOn is { } reopened)
        {
            var recovery = new ActionDraft { Title = RecoveryAction, DueOn = story.Forecast, OwnerId = draft.OwnerId };
            Start(recovery, Min(reopened.AddDays(random.Int(1, 5)), calendar.Yesterday), random);
            draft.Actions.Add(recovery);
        }
    }

    // The root cause was completed, so each action was done (or dropped) by then.
    private static void Closed(ActionDraft action, DateOnly rootCauseStarted, DateOnly completed, Randomizer random, DemoCalendar calendar, bool cancel)
    {
        var closed = Max(rootCauseStarted.AddDays(1), Min(WorkingDay(action.DueOn.AddDays(random.Int(-10, 5))), completed));
        if (cancel)
        {
            action.Status = ActionStatus.Cancelled;
            action.ClosedOn = closed;
            action.Note = NarrativeBank.CancelledNote;
            return;
        }
        Start(action, calendar.Between(Max(rootCauseStarted, closed.AddDays(-40)), closed.AddDays(-1)), random);
        Done(action, closed, random);
    }

    private static void Live(ActionDraft action, DateOnly rootCauseStarted, bool isLast, Randomizer random, DemoCalendar calendar)
    {
        var startOn = calendar.Between(Max(rootCauseStarted, action.DueOn.AddDays(-45)), Min(action.DueOn.AddDays(-1), calendar.Yesterday));
        startOn = Min(Max(startOn, rootCauseStarted), calendar.Yesterday);
        // The last action delivers the root cause, so while the root cause is open so is it.
        if (action.DueOn < calendar.Today && !isLast && random.Bool(0.7f))
        {
            Start(action, startOn, random);
            Done(action, Max(startOn.AddDays(1), Min(WorkingDay(action.DueOn.AddDays(random.Int(-7, 7))), calendar.Yesterday)), random);
        }
        else if (action.DueOn < calendar.Today || random.Bool(0.55f))
            Start(action, startOn, random);
    }

    private static void Start(ActionDraft action, DateOnly on, Randomizer random)
    {
        action.Status = ActionStatus.InProgress;
        action.StartedOn = on;
        action.Note = random.ArrayElement(NarrativeBank.InProgressNotes);
    }

    private static void Done(ActionDraft action, DateOnly on, Randomizer random)
    {
        action.Status = ActionStatus.Done;
        action.ClosedOn = on;
        action.Note = random.ArrayElement(NarrativeBank.DoneNotes);
    }
}
