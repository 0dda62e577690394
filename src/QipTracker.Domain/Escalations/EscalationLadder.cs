using QipTracker.Domain.Common;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// Which rungs of the ladder an overdue or off-track item has reached, and which to climb today.
/// Pure: the caller passes today (the London date) and the item's escalations.
/// <list type="bullet">
/// <item>A level is due once the days counted (today − due date, or − the day it went off track if
/// earlier) reach its threshold (<see cref="EscalationThresholds"/>).</item>
/// <item>An item has one open escalation, which climbs: evaluating again on the same day (or any later day
/// at the same rung) changes nothing, so the item is never listed once per rung.</item>
/// <item>Missed levels are reached too: if the job did not run for a while, or an item is first seen
/// already far overdue, it climbs every due rung at once, each recorded, lowest first. Each rung tells a
/// different person, and the chair should not hear of an item first from the executive.</item>
/// <item>Once the item's escalation is resolved (delivered, rebaselined, back on track), a later slip
/// opens a new escalation from the owner.</item>
/// </list>
/// </summary>
public static class EscalationLadder
{
    private static readonly EscalationLevel[] Levels = Enum.GetValues<EscalationLevel>();

    /// <summary>Days from <paramref name="countsFrom"/> to today; 0 or less means not late.</summary>
    public static int DaysLate(DateOnly countsFrom, DateOnly today) => today.DayNumber - countsFrom.DayNumber;

    /// <summary>Every level the item has reached today, lowest first.</summary>
    public static IReadOnlyList<EscalationLevel> LevelsDue(DateOnly countsFrom, DateOnly today, EscalationThresholds thresholds)
    {
        var days = DaysLate(countsFrom, today);
        return Levels.Where(l => days >= thresholds.DaysFor(l)).ToList();
    }

    /// <summary>The levels due today that have not already been raised, lowest first.</summary>
    public static IReadOnlyList<EscalationLevel> NewLevels(DateOnly countsFrom, DateOnly today, EscalationThresholds thresholds,
        IEnumerable<EscalationLevel> alreadyRaised)
    {
        var raised = alreadyRaised.ToHashSet();
        return LevelsDue(countsFrom, today, thresholds).Where(l => !raised.Contains(l)).ToList();
    }

    /// <summary>
    /// The daily job's step for one item, given all of its escalations so far (resolved ones are history):
    /// raises its escalation at the highest rung due, or climbs the open one; null when nothing is new today.
    /// </summary>
    public static LadderMove? Raise(Guid trustId, EscalationSubject subject, DateOnly today,
        EscalationThresholds thresholds, IEnumerable<Escalation> existing)
    {
        var history = existing.ToList();
        if (history.Any(e => !e.IsAbout(subject.Kind, subject.ItemId) || e.TrustId != trustId))
            throw new DomainException($"Those escalations are not all about {subject.Reference}.");
        var open = history.Where(e => e.IsOpen).ToList();
        if (open.Count > 1) throw new DomainException($"{subject.Reference} has {open.Count} open escalations; an item has one, which climbs.");
        var due = LevelsDue(subject.CountsFrom, today, thresholds);
        if (due.Count == 0) return null;
        if (open.SingleOrDefault() is { } current)
        {
            current.Follow(subject);
            var reached = current.ClimbTo(due[^1], today);
            return reached.Count == 0 ? null : new LadderMove(current, false, reached);
        }
        return new LadderMove(new Escalation(trustId, subject, due[^1], today), true, due);
    }

    /// <summary>
    /// Resolves the item's open escalation today once it is no longer overdue or off track — delivered,
    /// withdrawn, rebaselined to a later date or back on track — and returns those resolved.
    /// </summary>
    public static IReadOnlyList<Escalation> Settle(IEnumerable<Escalation> itemEscalations, bool stillOverdueOrOffTrack, DateOnly today)
    {
        if (stillOverdueOrOffTrack) return [];
        var open = itemEscalations.Where(e => e.IsOpen).ToList();
        foreach (var escalation in open) escalation.Resolve(today);
        return open;
    }
}
