namespace QipTracker.Domain.BoardPapers;

/// <summary>
/// Working days in England: Monday to Friday except the bank holidays that follow fixed rules — New
/// Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas
/// Day and Boxing Day, with the usual substitute days when those fall at a weekend. One-off holidays
/// (a coronation, a jubilee) and moved ones (VE Day 2020) are not known: on such a day the monthly
/// paper is drafted one working day early, which does no harm.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays(date.Year).Contains(date);

    /// <summary>The <paramref name="n"/>th working day of the month (1 = the first).</summary>
    public static DateOnly NthOfMonth(int year, int month, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var day = new DateOnly(year, month, 1);
        for (var found = IsWorkingDay(day) ? 1 : 0; found < n;)
        {
            day = day.AddDays(1);
            if (day.Month != month) throw new ArgumentOutOfRangeException(nameof(n), $"{year}-{month:00} has fewer than {n} working days.");
            if (IsWorkingDay(day)) found++;
        }
        return day;
    }

    public static IReadOnlySet<DateOnly> BankHolidays(int year)
    {
        var easter = EasterSunday(year);
        var christmas = new DateOnly(year, 12, 25);
        // Christmas on a Saturday: Monday and Tuesday off; on a Sunday: Boxing Day Monday, Christmas Tuesday.
        var (christmasOff, boxingOff) = christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => (christmas, christmas.AddDays(3)),
            DayOfWeek.Saturday => (christmas.AddDays(2), christmas.AddDays(3)),
            DayOfWeek.Sunday => (christmas.AddDays(2), christmas.AddDays(1)),
            _ => (christmas, christmas.AddDays(1)),
        };
        return new HashSet<DateOnly>
        {
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            christmasOff,
            boxingOff,
        };
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
