using QipTracker.Domain.Common;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// Which rungs of the ladder an overdue or off-track item has reached, and which to raise today.
/// Pure: the caller passes today (the London date) and the item's escalations.
/// <list type="bullet">
/// <item>A level is due once the days counted (today − due date, or − the day it went off track if
/// earlier) reach its threshold (<see cref="EscalationThresholds"/>).</item>
/// <item>Already raised = the item's open escalations. A level is never raised twice while open, so
/// evaluating again on the same day (or any later day at the same rungs) raises nothing.</item>
/// <item>Missed levels are raised too: if the job did not run for a while, or an item is first seen
/// already far overdue, every due level not yet raised is raised at once, lowest first. Each rung tells a
/// different person, and the chair should not hear of an item first from the executive.</item>
/// <item>Once the item's escalations are resolved (delivered, rebaselined, back on track), a later slip
/// starts the ladder again from the owner.</item>
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
    /// The daily job's step for one item: the new escalations to record today, given all of the item's
    /// escalations so far (resolved ones are history and do not count as raised).
    /// </summary>
    public static IReadOnlyList<Escalation> Raise(Guid trustId, EscalationSubject subject, DateOnly today,
        EscalationThresholds thresholds, IEnumerable<Escalation> existing)
    {
        var history = existing.ToList();
        if (history.Any(e => !e.IsAbout(subject.Kind, subject.ItemId) || e.TrustId != trustId))
            throw new DomainException($"Those escalations are not all about {subject.Reference}.");
        return NewLevels(subject.CountsFrom, today, thresholds, history.Where(e => e.IsOpen).Select(e => e.Level))
            .Select(level => new Escalation(trustId, subject, level, today))
            .ToList();
    }

    /// <summary>
    /// Resolves the item's open escalations today once it is no longer overdue or off track — delivered,
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
