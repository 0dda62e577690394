using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;

namespace QipTracker.Domain.Tests.Reporting;

/// <summary>Two ISGs and a builder for root causes as the trajectory sees them.</summary>
internal static class TrajectoryData
{
    public static readonly Guid Womens = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000e1");
    public static readonly Guid WellLed = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000e2");
    public const string WomensName = "Women's & Children's";
    public const string WellLedName = "Well-led";

    public static DateOnly On(int month, int day, int year = 2026) => new(year, month, day);

    /// <summary>A root cause due on <paramref name="baseline"/> (effective from the start of the plan), not yet delivered unless a completion date is given.</summary>
    public static TrajectoryItem Item(DateOnly baseline, PriorityClass priority = PriorityClass.MustDo, DateOnly? completedOn = null,
        RootCauseStatus? status = null, DateOnly? forecast = null, DateOnly? withdrawnOn = null, int reopenCount = 0,
        Guid? isg = null, IEnumerable<BaselineEntry>? history = null, string reference = "RC")
    {
        var isgId = isg ?? Womens;
        return new TrajectoryItem(Guid.NewGuid(), reference, isgId, isgId == WellLed ? WellLedName : WomensName, priority,
            history ?? [new BaselineEntry(baseline, On(1, 1))],
            forecast ?? baseline,
            status ?? (completedOn is null ? RootCauseStatus.InProgress : RootCauseStatus.Completed),
            completedOn, withdrawnOn, reopenCount);
    }

    public static IEnumerable<TrajectoryItem> Many(int count, Func<TrajectoryItem> make) => Enumerable.Range(0, count).Select(_ => make());

    public static readonly DateOnly[] FirstQuarter = [On(1, 31), On(2, 28), On(3, 31)];
}
