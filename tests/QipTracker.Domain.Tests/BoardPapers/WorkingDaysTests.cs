using QipTracker.Domain.BoardPapers;

namespace QipTracker.Domain.Tests.BoardPapers;

public sealed class WorkingDaysTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void England_bank_holidays_match_the_published_lists_including_substitute_days()
    {
        Assert.Equal([D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28)],
            WorkingDays.BankHolidays(2026).Order());
        Assert.Equal([D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28)],
            WorkingDays.BankHolidays(2027).Order());
        Assert.Contains(D(2022, 1, 3), WorkingDays.BankHolidays(2022));   // New Year's Day on a Saturday
    }

    [Fact]
    public void The_nth_working_day_skips_weekends_and_bank_holidays()
    {
        Assert.Equal(D(2026, 12, 7), WorkingDays.NthOfMonth(2026, 12, 5));   // Tue 1 … Fri 4, Mon 7
        Assert.Equal(D(2027, 1, 8), WorkingDays.NthOfMonth(2027, 1, 5));     // Fri 1 Jan is a bank holiday
        Assert.Equal(D(2026, 6, 1), WorkingDays.NthOfMonth(2026, 6, 1));
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 4, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.NthOfMonth(2026, 2, 25));
    }
}
