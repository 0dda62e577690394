namespace QipTracker.Domain.Common;

/// <summary>
/// How much a person may type or send, in one place: every validator, importer and column size uses these
/// names instead of a number of its own. A validator gives each field the limit of its kind; any string no
/// validator limits is still held to <see cref="Document"/>, and any list to <see cref="ListItems"/>.
/// </summary>
public static class InputLimits
{
    /// <summary>A reference or identifier people type: MD-17, RC-004, a KPI code or unit.</summary>
    public const int Reference = 40;

    /// <summary>A short name: a core service, a site, an API token's name.</summary>
    public const int ShortName = 100;

    /// <summary>A name: a person, an ISG, a trust, a meeting, a regulation.</summary>
    public const int Name = 200;

    /// <summary>An email address (RFC 5321's longest path).</summary>
    public const int Email = 256;

    /// <summary>A file name, as most file systems allow.</summary>
    public const int FileName = 255;

    /// <summary>A title: of evidence, an inspection, a paper, a KPI.</summary>
    public const int Title = 300;

    /// <summary>One line of a list: an action's title, a strategic objective, a BAF risk.</summary>
    public const int Line = 500;

    /// <summary>A short note, e.g. on a KPI measurement.</summary>
    public const int Note = 1000;

    /// <summary>A comment or a web link: why evidence was sent back, why work was reopened, a URL.</summary>
    public const int Comment = 2000;

    /// <summary>A text: a finding, a root cause, an SBAR part, a reason, a narrative, a notice's summary.</summary>
    public const int Text = 4000;

    /// <summary>A long text: a paper's recommendation.</summary>
    public const int LongText = 8000;

    /// <summary>The longest text anything holds (a paper's executive summary), and the limit for any string no validator limits.</summary>
    public const int Document = 20_000;

    /// <summary>The most items any list in a request may hold, unless it is a batch of rows (see the import limits).</summary>
    public const int ListItems = 1000;

    /// <summary>
    /// The dates the app accepts anywhere (due dates, as-of dates, months, sprint starts): a plan runs for years,
    /// not centuries, and a date far outside this window only makes reports enormous or arithmetic overflow.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <inheritdoc cref="EarliestDate"/>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static bool IsPlausible(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Why the date is refused, or null when it lies in the window.</summary>
    public static string? DateProblem(DateOnly date) =>
        IsPlausible(date) ? null
            : $"{date:yyyy-MM-dd} is outside the dates this app accepts ({EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}).";
}
