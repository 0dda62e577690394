using QipTracker.Domain.Common;
using QipTracker.Domain.Sprints;

namespace QipTracker.Domain.Reporting;

/// <summary>
/// Period ends for the trajectory: month ends or sprint ends, from the start of the plan up to the
/// as-of date. When the as-of date falls inside a period, that last period ends on the as-of date.
/// </summary>
public static class ReportingPeriods
{
    public static DateOnly MonthEnd(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>The end of every month from <paramref name="from"/>'s month to <paramref name="to"/>'s, the last being <paramref name="to"/> itself.</summary>
    public static IReadOnlyList<DateOnly> MonthEnds(DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainException($"The period {from:yyyy-MM-dd} to {to:yyyy-MM-dd} ends before it starts.");
        var ends = new List<DateOnly>();
        for (var end = MonthEnd(from); end < to; end = MonthEnd(end.AddDays(1)))
            ends.Add(end);
        ends.Add(to);
        return ends;
    }

    /// <summary>The end of every sprint of the calendar up to <paramref name="to"/>, the last being <paramref name="to"/> if it falls mid-sprint.</summary>
    public static IReadOnlyList<DateOnly> SprintEnds(SprintCalendar calendar, DateOnly to) =>
        calendar.Through(to).Select(s => s.EndsOn < to ? s.EndsOn : to).ToList();
}
