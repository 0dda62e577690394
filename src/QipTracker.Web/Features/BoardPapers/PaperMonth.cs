using System.Globalization;
using QipTracker.Domain.Reporting;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>The dates a month's paper hangs on. A month is given by its first day.</summary>
public static class PaperMonth
{
    /// <summary>The paper is as at the month's last day, or today while the month is still running.</summary>
    public static DateOnly AsAt(DateOnly month, DateOnly today)
    {
        if (month.Day != 1) throw Invalid("A paper is for a month: give its first day.");
        if (month > Of(today)) throw Invalid($"{Label(month)} has not started yet: a paper can only report on the current or a past month.");
        var end = ReportingPeriods.MonthEnd(month);
        return end < today ? end : today;
    }

    public static DateOnly Of(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>Board meetings are usually early in the month after the one reported on: its first Thursday.</summary>
    public static DateOnly FirstThursdayAfter(DateOnly month)
    {
        var next = month.AddMonths(1);
        return next.AddDays(((int)DayOfWeek.Thursday - (int)next.DayOfWeek + 7) % 7);
    }

    /// <summary>The instant a London day ends, for comparing with recorded times (DateTimeOffset, UTC).</summary>
    public static DateTimeOffset EndOfDayUtc(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Clock.London), TimeSpan.Zero);

    public static string Label(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-10", as file names and the command line write a month.</summary>
    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    private static RequestValidationException Invalid(string message) =>
        new(new Dictionary<string, string[]> { ["Month"] = [message] });
}
