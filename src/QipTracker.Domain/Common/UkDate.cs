using System.Globalization;

namespace QipTracker.Domain.Common;

/// <summary>
/// How a date reads to people — "3 Mar 2026" — in one place for pages, emails, charts, papers and messages.
/// A default date (1 January 0001: a "not yet" that lost its null on the way) is never printed: it reads as
/// <see cref="Unset"/>, and <see cref="UnsetDateShown"/> hears of it so that the app can log a warning and the
/// source can be fixed. Culture-invariant month names, so a server's locale cannot change what people read.
/// </summary>
public static class UkDate
{
    public const string Unset = "—";
    public const string Short = "d MMM yyyy";
    public const string Long = "d MMMM yyyy";

    /// <summary>England's zone: due dates and days are London dates, whatever the server's zone.</summary>
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The London date of a moment.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, London).DateTime);

    /// <summary>Told the format asked for whenever a default date was about to be shown; the app logs it.</summary>
    public static Action<string>? UnsetDateShown { get; set; }

    public static string Format(DateOnly date, string format = Short)
    {
        if (date != default) return date.ToString(format, CultureInfo.InvariantCulture);
        UnsetDateShown?.Invoke(format);
        return Unset;
    }

    public static string Format(DateOnly? date, string format = Short) => date is { } d ? Format(d, format) : Unset;

    /// <summary>A moment as a date and time in the given zone, e.g. "3 Mar 2026 14:05".</summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo zone, string format = Short + " HH:mm")
    {
        if (at != default) return TimeZoneInfo.ConvertTime(at, zone).ToString(format, CultureInfo.InvariantCulture);
        UnsetDateShown?.Invoke(format);
        return Unset;
    }
}
