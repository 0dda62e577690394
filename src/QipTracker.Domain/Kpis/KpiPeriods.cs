using System.Globalization;
using System.Text.RegularExpressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Kpis;

/// <summary>
/// A KPI's periods, stored as their first day and written as a label people recognise:
/// <list type="bullet">
/// <item>Monthly <c>2026-10</c>.</item>
/// <item>Quarterly <c>2026-Q3</c>: calendar quarters (Q3 = July–September), not NHS financial quarters
/// (where Q3 would be October–December) — a label means the same thing in every trust.</item>
/// <item>Weekly <c>2026-W14</c>: ISO weeks, starting on Monday.</item>
/// <item>Fortnightly <c>2026-10-05</c>: the Monday that starts the fortnight. Fortnights are the 14-day
/// blocks counted from Monday 1 January 2024, so every fortnightly KPI in the trust shares one calendar
/// and a date always falls in exactly one fortnight.</item>
/// </list>
/// Every frequency also accepts the ISO date of its period's first day (<c>2026-10-01</c> for October).
/// </summary>
public static partial class KpiPeriods
{
    /// <summary>Fortnight 0 starts on this Monday.</summary>
    public static readonly DateOnly FortnightAnchor = new(2024, 1, 1);

    public static DateOnly Parse(KpiFrequency frequency, string? label) =>
        TryParse(frequency, label, out var start, out var error) ? start : throw new DomainException(error);

    /// <summary>The period's first day, or why the label is not one of this frequency's periods (or lies outside the dates the app accepts).</summary>
    public static bool TryParse(KpiFrequency frequency, string? label, out DateOnly start, out string error)
    {
        if (!TryParseLabel(frequency, label, out start, out error)) return false;
        if (InputLimits.IsPlausible(start)) return true;
        error = $"{InputText.Quote(label!.Trim())} is outside the dates this app accepts ({InputLimits.EarliestDate:yyyy-MM-dd} to {InputLimits.LatestDate:yyyy-MM-dd}).";
        start = default;
        return false;
    }

    private static bool TryParseLabel(KpiFrequency frequency, string? label, out DateOnly start, out string error)
    {
        start = default;
        error = "";
        var text = label?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = $"A {Describe(frequency)} period is needed ({Example(frequency)}).";
            return false;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (PeriodContaining(frequency, date) == date)
            {
                start = date;
                return true;
            }
            error = $"{InputText.Quote(text)} is not the first day of a {Describe(frequency)} period; that day's period starts on {PeriodContaining(frequency, date):yyyy-MM-dd}.";
            return false;
        }
        DateOnly? parsed = frequency switch
        {
            KpiFrequency.Monthly => ParseMonth(text),
            KpiFrequency.Quarterly => ParseQuarter(text),
            KpiFrequency.Weekly => ParseWeek(text),
            _ => null,
        };
        if (parsed is { } p)
        {
            start = p;
            return true;
        }
        error = $"{InputText.Quote(text)} is not a {Describe(frequency)} ({Example(frequency)}).";
        return false;
    }

    /// <summary>The label of the period starting on <paramref name="start"/> (any day gives its period's label).</summary>
    public static string Label(KpiFrequency frequency, DateOnly start)
    {
        var first = PeriodContaining(frequency, start);
        return frequency switch
        {
            KpiFrequency.Monthly => first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            KpiFrequency.Quarterly => $"{first.Year}-Q{(first.Month - 1) / 3 + 1}",
            KpiFrequency.Weekly => $"{ISOWeek.GetYear(first.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(first.ToDateTime(TimeOnly.MinValue)):00}",
            _ => first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The first day of the period the date falls in.</summary>
    public static DateOnly PeriodContaining(KpiFrequency frequency, DateOnly date) => frequency switch
    {
        KpiFrequency.Monthly => new DateOnly(date.Year, date.Month, 1),
        KpiFrequency.Quarterly => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
        KpiFrequency.Weekly => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        KpiFrequency.Fortnightly => FortnightAnchor.AddDays((int)Math.Floor((date.DayNumber - FortnightAnchor.DayNumber) / 14.0) * 14),
        _ => throw new DomainException($"'{frequency}' is not a KPI frequency."),
    };

    /// <summary>The first day of the next period.</summary>
    public static DateOnly Next(KpiFrequency frequency, DateOnly start) => frequency switch
    {
        KpiFrequency.Monthly => start.AddMonths(1),
        KpiFrequency.Quarterly => start.AddMonths(3),
        KpiFrequency.Weekly => start.AddDays(7),
        _ => start.AddDays(14),
    };

    public static string Example(KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => "yyyy-MM, e.g. 2026-10",
        KpiFrequency.Quarterly => "yyyy-Qn for calendar quarters, e.g. 2026-Q3 for July to September",
        KpiFrequency.Weekly => "an ISO week yyyy-Www, e.g. 2026-W14",
        _ => "the Monday starting the fortnight as yyyy-MM-dd, e.g. 2026-10-05",
    };

    private static string Describe(KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => "month",
        KpiFrequency.Quarterly => "quarter",
        KpiFrequency.Weekly => "week",
        _ => "fortnight",
    };

    private static DateOnly? ParseMonth(string text)
    {
        var m = MonthPattern().Match(text);
        if (!m.Success) return null;
        var (year, month) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
    }

    private static DateOnly? ParseQuarter(string text)
    {
        var m = QuarterPattern().Match(text);
        return m.Success ? new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), (m.Groups[2].Value[0] - '1') * 3 + 1, 1) : null;
    }

    private static DateOnly? ParseWeek(string text)
    {
        var m = WeekPattern().Match(text);
        if (!m.Success) return null;
        var (year, week) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (year < 1 || week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})-[Ww](\d{2})$")]
    private static partial Regex WeekPattern();
}
