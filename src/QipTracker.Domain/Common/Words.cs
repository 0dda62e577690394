using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace QipTracker.Domain.Common;

/// <summary>
/// How codes read to people, in one place for pages, emails, exports, the API's readable fields and papers:
/// every enum member and every audited field name becomes words ("WellLed" → "Well-led", "Ecib" → "ECIB",
/// "ForecastDue" → "forecast"). Names not listed are split at their capitals into a sentence ("NotStarted" →
/// "Not started"), so a new member never reaches a person as a code.
/// </summary>
public static class Words
{
    // Members whose words are not their capitals split: acronyms, CQC's own names, hyphens.
    private static readonly FrozenDictionary<string, string> Members = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WellLed"] = "Well-led",
        ["WellLedRecommendation"] = "Well-led recommendation",
        ["Ecib"] = "ECIB",
        ["IsgChair"] = "ISG chair",
        ["RootCauseOwner"] = "Root-cause owner",
        ["TrustAdmin"] = "Trust administrator",
        ["Pmo"] = "PMO",
        ["MustDo"] = "Must Do",
        ["ShouldDo"] = "Should Do",
        ["NewIsg"] = "New ISG",
        ["Section29AWarning"] = "Section 29A warning notice",
        ["Section31Conditions"] = "Section 31 notice of conditions",
        ["Csv"] = "CSV",
        ["Xlsx"] = "Excel",
        ["Api"] = "API",
        ["Docx"] = "Word",
        ["Pdf"] = "PDF",
        ["Json"] = "JSON",
        ["HighLevel"] = "High-level",
        ["SpecialMeasuresQuality"] = "Special measures for quality",
        ["SpecialMeasuresFinance"] = "Special measures for finance",
        ["On"] = "On trajectory",
        ["TakeAssurance"] = "Take assurance",
        ["Icb"] = "ICB",
        ["NhsEnglandRegion"] = "NHS England region",
        ["Cqc"] = "CQC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Audited properties as people name them; the rest are split at their capitals.
    private static readonly FrozenDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ForecastDue"] = "forecast",
        ["BaselineDue"] = "baseline due date",
        ["DueOn"] = "due date",
        ["DoneOn"] = "done date",
        ["CompletedOn"] = "completed date",
        ["AssuredOn"] = "assured date",
        ["AssuredBy"] = "assured by",
        ["EmbeddedOn"] = "embedded date",
        ["WithdrawnOn"] = "withdrawn date",
        ["OffTrackSince"] = "off track since",
        ["OwnerId"] = "owner",
        ["IsgId"] = "ISG",
        ["KpiId"] = "KPI",
        ["ReopenCount"] = "times reopened",
        ["LastReopenReason"] = "reason for reopening",
        ["KpiNotImproving"] = "KPI not improving",
        ["ProposedDue"] = "proposed due date",
        ["ProposedOwnerId"] = "proposed owner",
        ["ProposedIsgId"] = "proposed ISG",
        ["DecidedBy"] = "decided by",
        ["DecidedAt"] = "decided at",
        ["Sbar.Situation"] = "SBAR situation",
        ["Sbar.Background"] = "SBAR background",
        ["Sbar.Assessment"] = "SBAR assessment",
        ["Sbar.Recommendation"] = "SBAR recommendation",
        ["SizeBytes"] = "size",
        ["Url"] = "link",
        ["KloeCode"] = "KLOE",
        ["PromptCode"] = "KLOE prompt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>An enum member as words, e.g. "Well-led", "In progress", "Section 29A warning notice".</summary>
    public static string For<TEnum>(TEnum value) where TEnum : struct, Enum => Member(value.ToString());

    /// <summary>An enum member (or a value that may be null) as words; "—" for none.</summary>
    public static string For<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? For(v) : UkDate.Unset;

    /// <summary>Any enum value as words, when its type is known only at run time (audit values, generic grids).</summary>
    public static string ForAny(Enum value) => Member(value.ToString());

    /// <summary>A member name as words.</summary>
    public static string Member(string name) => Members.TryGetValue(name, out var words) ? words : Split(name, capitalise: true);

    /// <summary>An audited property name as words, lower case for the middle of a sentence ("forecast", "due date").</summary>
    public static string Field(string property) => Fields.TryGetValue(property, out var words) ? words : Split(property, capitalise: false);

    /// <summary>The same, starting with a capital, for a heading or the start of a sentence.</summary>
    public static string FieldHeading(string property) => Capitalise(Field(property));

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    // "ReportedOffTrack" → "Reported off track"; digits stay with their letters ("Section31" → "Section 31").
    private static string Split(string name, bool capitalise)
    {
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1])));
            if (c == '.') { words.Append(' '); continue; }
            if (boundary && words.Length > 0 && words[^1] != ' ') words.Append(' ');
            words.Append(words.Length == 0 && capitalise ? char.ToUpper(c, CultureInfo.InvariantCulture) : char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return words.ToString();
    }
}
