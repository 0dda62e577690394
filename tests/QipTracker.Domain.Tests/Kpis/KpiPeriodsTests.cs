using System.Globalization;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using static QipTracker.Domain.Kpis.KpiFrequency;

namespace QipTracker.Domain.Tests.Kpis;

public sealed class KpiPeriodsTests
{
    [Theory]
    [InlineData(Monthly, "2026-10", "2026-10-01")]
    [InlineData(Monthly, "2026-10-01", "2026-10-01")]
    [InlineData(Quarterly, "2026-Q3", "2026-07-01")]
    [InlineData(Quarterly, "2026-q1", "2026-01-01")]
    [InlineData(Quarterly, "2026-10-01", "2026-10-01")]
    [InlineData(Weekly, "2026-W14", "2026-03-30")]
    [InlineData(Weekly, "2026-W01", "2025-12-29")] // ISO week 1 of 2026 starts in 2025
    [InlineData(Weekly, "2020-W53", "2020-12-28")]
    [InlineData(Weekly, "2026-03-30", "2026-03-30")]
    [InlineData(Fortnightly, "2026-10-05", "2026-10-05")]
    [InlineData(Fortnightly, " 2024-01-01 ", "2024-01-01")]
    public void A_label_of_the_kpis_frequency_is_read_as_its_first_day(KpiFrequency frequency, string label, string first) =>
        Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), KpiPeriods.Parse(frequency, label));

    [Theory]
    [InlineData(Monthly, "2026-13", "'2026-13' is not a month (yyyy-MM")]
    [InlineData(Monthly, "Oct 2026", "'Oct 2026' is not a month")]
    [InlineData(Monthly, "2026-10-05", "'2026-10-05' is not the first day of a month period; that day's period starts on 2026-10-01")]
    [InlineData(Quarterly, "2026-Q5", "'2026-Q5' is not a quarter (yyyy-Qn")]
    [InlineData(Quarterly, "2026-10", "'2026-10' is not a quarter")]
    [InlineData(Quarterly, "2026-08-01", "that day's period starts on 2026-07-01")]
    [InlineData(Weekly, "2026-W54", "'2026-W54' is not a week")]
    [InlineData(Weekly, "2025-W53", "'2025-W53' is not a week")] // 2025 has 52 ISO weeks, 2026 has 53
    [InlineData(Weekly, "2026-04-01", "that day's period starts on 2026-03-30")]
    [InlineData(Fortnightly, "2026-10-12", "'2026-10-12' is not the first day of a fortnight period; that day's period starts on 2026-10-05")]
    [InlineData(Fortnightly, "2026-W40", "'2026-W40' is not a fortnight (the Monday starting the fortnight")]
    [InlineData(Monthly, "", "A month period is needed")]
    public void A_label_that_is_not_one_of_the_frequencys_periods_is_refused_saying_why(KpiFrequency frequency, string label, string message)
    {
        Assert.False(KpiPeriods.TryParse(frequency, label, out _, out var error));
        Assert.Contains(message, error);
        Assert.Contains(message, Assert.Throws<DomainException>(() => KpiPeriods.Parse(frequency, label)).Message);
    }

    [Theory]
    [InlineData(Monthly, "2026-10-31", "2026-10-01", "2026-10")]
    [InlineData(Quarterly, "2026-12-31", "2026-10-01", "2026-Q4")]
    [InlineData(Weekly, "2026-04-05", "2026-03-30", "2026-W14")] // a Sunday belongs to the week that began on Monday
    [InlineData(Weekly, "2027-01-01", "2026-12-28", "2026-W53")]
    [InlineData(Fortnightly, "2026-10-18", "2026-10-05", "2026-10-05")]
    [InlineData(Fortnightly, "2026-10-19", "2026-10-19", "2026-10-19")]
    [InlineData(Fortnightly, "2023-12-31", "2023-12-18", "2023-12-18")] // before the anchor too
    public void A_date_falls_in_exactly_one_period_whose_label_reads_back_to_it(KpiFrequency frequency, string date, string first, string label)
    {
        var start = KpiPeriods.PeriodContaining(frequency, DateOnly.Parse(date, CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), start);
        Assert.Equal(label, KpiPeriods.Label(frequency, start));
        Assert.Equal(start, KpiPeriods.Parse(frequency, label));
    }

    [Fact]
    public void Next_steps_one_period_on()
    {
        Assert.Equal(new DateOnly(2027, 1, 1), KpiPeriods.Next(Quarterly, new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2026, 10, 19), KpiPeriods.Next(Fortnightly, new DateOnly(2026, 10, 5)));
        Assert.Equal(new DateOnly(2026, 11, 1), KpiPeriods.Next(Monthly, new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2026, 4, 6), KpiPeriods.Next(Weekly, new DateOnly(2026, 3, 30)));
    }
}
