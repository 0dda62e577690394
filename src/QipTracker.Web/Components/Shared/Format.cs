using System.Globalization;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Web.Application;

namespace QipTracker.Web.Components.Shared;

/// <summary>
/// How the plan reads to people: UK dates ("3 Mar 2026"), London times, plain words for enums. Dates go through
/// <see cref="UkDate"/>, which never prints a default date ("1 Jan 0001"): it shows "—" and the app logs a warning.
/// </summary>
public static class Format
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => UkDate.Format(date);

    public static string Date(DateOnly? date) => UkDate.Format(date);

    public static string When(DateTimeOffset at) => UkDate.Format(at, Clock.London);

    /// <summary>A root cause's status in the one vocabulary every screen uses (Completed reads "Awaiting assurance").</summary>
    public static string Status(RootCauseStatus status) => State(RootCauseStates.Of(status, sentBack: false));

    // Enum members read as words through the one wording place (Words); these names stay for the pages that call them.
    public static string State(RootCauseState state) => Words.For(state);

    public static string Status(ActionStatus status) => Words.For(status);

    public static string Priority(PriorityClass priority) => Words.For(priority);

    public static string Kind(FindingKind kind) => Words.For(kind);

    public static string Kind(ChangeKind kind) => Words.For(kind);

    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    /// <summary>A KPI value as people write it: up to two decimals, no trailing zeros; a dash for none.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", EnGb) : "—";

    public static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    /// <summary>Any enum member as words ("Well-led", "ECIB", "Section 29A warning notice"): see <see cref="Words"/>.</summary>
    public static string Label<TEnum>(TEnum value) where TEnum : struct, Enum => Words.For(value);

    /// <summary>The same for an optional value; "—" for none.</summary>
    public static string Label<TEnum>(TEnum? value) where TEnum : struct, Enum => Words.For(value);

    /// <summary>An audited field name as a heading ("Forecast", "Due date").</summary>
    public static string Field(string property) => Words.FieldHeading(property);

    /// <summary>An enum's members as choices for a dropdown (TextProperty="Text" ValueProperty="Value"), in words.</summary>
    public static IReadOnlyList<Choice<TEnum>> Choices<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new Choice<TEnum>(Words.For(v), v))];
}

/// <summary>One choice of a dropdown: what people read, and the value it stands for.</summary>
public sealed record Choice<TValue>(string Text, TValue Value);
