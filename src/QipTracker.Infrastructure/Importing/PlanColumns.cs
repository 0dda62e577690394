using QipTracker.Domain.Common;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// The columns of a plan spreadsheet: one row per (finding, root cause) pair. Header names are
/// exact; the order is free on import and this one on export.
/// </summary>
public static class PlanColumns
{
    public const string Isg = "isg";
    public const string FindingRef = "finding_ref";
    public const string FindingKind = "finding_kind";
    public const string FindingDomain = "finding_domain";
    public const string CoreService = "core_service";
    public const string FindingText = "finding_text";
    public const string RootCauseRef = "root_cause_ref";
    public const string RootCauseText = "root_cause_text";
    public const string OwnerEmail = "owner_email";
    public const string BaselineDue = "baseline_due";
    public const string ForecastDue = "forecast_due";
    public const string Status = "status";
    public const string CompletedOn = "completed_on";
    public const string Evidence = "evidence";
    /// <summary>The Well-led key line of enquiry the finding is tagged to (W1–W8), and its prompt (W4.2): optional.</summary>
    public const string Kloe = "kloe";
    public const string KloePrompt = "kloe_prompt";
    /// <summary>
    /// The day the root cause entered the plan, for a plan that was running before it was brought in: optional (a new
    /// root cause is in the plan from the day of the import), so that past months' papers count it.
    /// </summary>
    public const string AddedToPlan = "added_to_plan";

    public static IReadOnlyList<string> All { get; } =
    [
        Isg, FindingRef, FindingKind, FindingDomain, CoreService, FindingText, RootCauseRef, RootCauseText,
        OwnerEmail, BaselineDue, ForecastDue, Status, CompletedOn, Evidence, Kloe, KloePrompt, AddedToPlan,
    ];

    /// <summary>Columns that must be in the header and filled on every row; the others may be left out.</summary>
    public static IReadOnlySet<string> Required { get; } = new HashSet<string>
    {
        Isg, FindingRef, FindingKind, FindingText, RootCauseRef, RootCauseText, OwnerEmail, BaselineDue,
    };

    /// <summary>
    /// The longest value each text column may hold: the named input limits the app's forms use (and the column
    /// sizes of the database), so that a long value is a row error here rather than a failed save on PostgreSQL.
    /// </summary>
    public static IReadOnlyDictionary<string, int> MaxLength { get; } = new Dictionary<string, int>
    {
        [Isg] = InputLimits.Name,
        [FindingRef] = InputLimits.Reference,
        [CoreService] = InputLimits.ShortName,
        [FindingText] = InputLimits.Text,
        [RootCauseRef] = InputLimits.Reference,
        [RootCauseText] = InputLimits.Text,
        [OwnerEmail] = InputLimits.Email,
        [Kloe] = InputLimits.Reference,
        [KloePrompt] = InputLimits.Reference,
    };

    /// <summary>Evidence is a link (URL column size) or a note (what-it-shows column size).</summary>
    public const int MaxLinkLength = InputLimits.Comment;
    public const int MaxNoteLength = InputLimits.Text;
}
