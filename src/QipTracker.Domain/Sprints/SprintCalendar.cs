using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// An ISG's sprints, worked out from its cadence and the day its first sprint starts.
/// Fortnightly: back-to-back 14-day sprints. Monthly: calendar months — a first sprint that starts
/// mid-month runs to that month's end, then each sprint is a whole month.
/// Everything is in DateOnly, so a clock change can never lengthen or shorten a sprint.
/// </summary>
public sealed class SprintCalendar
{
    public const int FortnightDays = 14;

    public ReportingCadence Cadence { get; }
    public DateOnly FirstStart { get; }
    /// <summary>Number of the first sprint: 1, or the next number when an ISG restarts its calendar after a cadence change.</summary>
    public int FirstNumber { get; }

    public SprintCalendar(ReportingCadence cadence, DateOnly firstStart, int firstNumber = 1)
    {
        if (firstNumber < 1) throw new DomainException("Sprints are numbered from 1.");
        Cadence = cadence;
        FirstStart = firstStart;
        FirstNumber = firstNumber;
    }

    public static SprintCalendar For(ImprovementSteeringGroup isg, DateOnly firstStart, int firstNumber = 1) =>
        new(isg.Cadence, firstStart, firstNumber);

    /// <summary>The ISG's own calendar; null until its sprints are scheduled.</summary>
    public static SprintCalendar? Of(ImprovementSteeringGroup isg) =>
        isg.SprintsFrom is { } from ? new(isg.Cadence, from, isg.FirstSprintNumber) : null;

    /// <summary>The sprint with this number.</summary>
    public SprintPeriod Sprint(int number)
    {
        if (number < FirstNumber) throw new DomainException($"This calendar starts at sprint {FirstNumber}; there is no sprint {number}.");
        var index = number - FirstNumber;
        if (Cadence == ReportingCadence.Fortnightly)
            return new(number, FirstStart.AddDays(FortnightDays * index), FirstStart.AddDays(FortnightDays * index + FortnightDays - 1));

        if (index == 0) return new(number, FirstStart, MonthEnd(FirstStart));
        var start = new DateOnly(FirstStart.Year, FirstStart.Month, 1).AddMonths(index);
        return new(number, start, MonthEnd(start));
    }

    /// <summary>The sprint that contains the date; null before the calendar starts.</summary>
    public SprintPeriod? Containing(DateOnly date)
    {
        if (date < FirstStart) return null;
        var index = Cadence == ReportingCadence.Fortnightly
            ? (date.DayNumber - FirstStart.DayNumber) / FortnightDays
            : (date.Year - FirstStart.Year) * 12 + date.Month - FirstStart.Month;
        return Sprint(FirstNumber + index);
    }

    /// <summary>
    /// The sprint in progress on <paramref name="today"/> followed by the ones after it, <paramref name="count"/> in all.
    /// Before the calendar starts, the first sprints. This is what a sprint-planning job creates ahead of time.
    /// </summary>
    public IReadOnlyList<SprintPeriod> Upcoming(DateOnly today, int count)
    {
        if (count < 0) throw new DomainException("Ask for zero or more sprints.");
        var first = Containing(today)?.Number ?? FirstNumber;
        return Enumerable.Range(first, count).Select(Sprint).ToList();
    }

    /// <summary>Every sprint from the first up to and including the one that contains <paramref name="lastDay"/>.</summary>
    public IReadOnlyList<SprintPeriod> Through(DateOnly lastDay)
    {
        var last = Containing(lastDay);
        return last is null ? [] : Enumerable.Range(FirstNumber, last.Number - FirstNumber + 1).Select(Sprint).ToList();
    }

    private static DateOnly MonthEnd(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
