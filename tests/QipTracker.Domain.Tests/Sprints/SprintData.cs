using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;

namespace QipTracker.Domain.Tests.Sprints;

/// <summary>
/// Sprint 3 of the Women's &amp; Children's ISG: Monday 30 March to Sunday 12 April 2026 (fortnightly
/// from 2 March), and root causes and actions to put in it.
/// </summary>
internal static class SprintData
{
    public static readonly Guid OtherOwner = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000b2");
    public static readonly SprintPeriod Sprint2 = new(2, On(3, 16), On(3, 29));
    public static readonly SprintPeriod Sprint3 = new(3, On(3, 30), On(4, 12));
    public static readonly SprintPeriod Sprint4 = new(4, On(4, 13), On(4, 26));

    public static DateOnly On(int month, int day, int year = 2026) => new(year, month, day);

    public static Sprint Planned(SprintPeriod? period = null, Guid? isg = null) => new(Plan.Trust, isg ?? Plan.Isg, period ?? Sprint3);

    public static ScopeCandidate RootCause(string reference, DateOnly dueOn, DateOnly? deliveredOn = null, bool withdrawn = false, Guid? owner = null) =>
        new(ScopeItemKind.RootCause, Guid.NewGuid(), reference, $"Root cause {reference}", owner ?? Plan.Owner, dueOn, deliveredOn, withdrawn);

    public static ScopeCandidate Action(string reference, DateOnly dueOn, DateOnly? doneOn = null, bool cancelled = false) =>
        new(ScopeItemKind.Action, Guid.NewGuid(), reference, $"Action under {reference}", Plan.Owner, dueOn, doneOn, cancelled);

    public static Sprint Active(params ScopeCandidate[] candidates) => Active(Sprint3.StartsOn, candidates);

    public static Sprint Active(DateOnly startedOn, params ScopeCandidate[] candidates)
    {
        var sprint = Planned();
        sprint.Start(candidates, startedOn);
        return sprint;
    }

    public static ItemDelivery Delivered(ScopeCandidate candidate, DateOnly on) => new(candidate.Kind, candidate.ItemId, on);

    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
}
