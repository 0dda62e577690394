using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.BoardPapers;

/// <summary>
/// The PMO's judgement for one month's board paper, kept between sessions: the cover sheet (started from
/// the trust's previous paper), the executive summary, a commentary per ISG and the recommendation.
/// The figures are never stored here: they come from the data when the paper is generated.
/// It changes only through the methods below, which keep it tidy: a cover sheet always names its meeting and
/// title, text is trimmed, blank list lines are dropped, and commentary is kept only for the trust's own ISGs.
/// </summary>
public sealed class PaperDraft : TenantEntity, IVersioned
{
    public const string DefaultMeeting = "Trust Board (Public)";
    public const string DefaultFoiStatus = "Can be published";

    /// <summary>The first day of the month the paper reports on.</summary>
    public DateOnly Month { get; private set; }
    public string Meeting { get; private set; } = DefaultMeeting;
    public string PaperTitle { get; private set; } = "";
    public DateOnly MeetingDate { get; private set; }
    public string ResponsibleDirector { get; private set; } = "";
    public string Author { get; private set; } = "";
    /// <summary>Blank: the paper uses the summary drafted from the figures.</summary>
    public string ExecutiveSummary { get; private set; } = "";
    public BoardAsk BoardAskedTo { get; private set; } = BoardAsk.TakeAssurance;
    public List<CqcDomain> LinkedCqcDomains { get; private set; } = [];
    public List<string> StrategicObjectives { get; private set; } = [];
    public List<string> BafRisks { get; private set; } = [];
    public string EqualityImpact { get; private set; } = "";
    public string FoiStatus { get; private set; } = DefaultFoiStatus;
    /// <summary>Blank: the paper uses the recommendation drafted for the board's ask.</summary>
    public string Recommendation { get; private set; } = "";
    /// <summary>The PMO's commentary per ISG; an ISG without one gets the commentary drafted from the data.</summary>
    public List<IsgCommentary> IsgCommentaries { get; private set; } = [];
    public long Version { get; private set; }

    private PaperDraft() { }

    public PaperDraft(Guid trustId, DateOnly month, string paperTitle, DateOnly meetingDate) : base(trustId)
    {
        if (month.Day != 1) throw new DomainException("A paper draft is for a month: give its first day.");
        Month = month;
        PaperTitle = Required(paperTitle, "Give the paper a title.");
        MeetingDate = meetingDate;
    }

    /// <summary>The cover sheet as it stands.</summary>
    public PaperCover Cover => new(Meeting, PaperTitle, MeetingDate, ResponsibleDirector, Author, BoardAskedTo,
        [.. LinkedCqcDomains], [.. StrategicObjectives], [.. BafRisks], EqualityImpact, FoiStatus);

    /// <summary>Replaces the cover sheet.</summary>
    public void WriteCover(PaperCover cover)
    {
        if (!Enum.IsDefined(cover.BoardAskedTo)) throw new DomainException($"'{cover.BoardAskedTo}' is not something a board is asked to do.");
        Meeting = Required(cover.Meeting, "Name the meeting the paper goes to.");
        PaperTitle = Required(cover.PaperTitle, "Give the paper a title.");
        MeetingDate = cover.MeetingDate;
        ResponsibleDirector = Clean(cover.ResponsibleDirector);
        Author = Clean(cover.Author);
        BoardAskedTo = cover.BoardAskedTo;
        LinkedCqcDomains = [.. (cover.LinkedCqcDomains ?? []).Distinct().Order()];
        StrategicObjectives = Lines(cover.StrategicObjectives);
        BafRisks = Lines(cover.BafRisks);
        EqualityImpact = Clean(cover.EqualityImpact);
        FoiStatus = Clean(cover.FoiStatus);
    }

    /// <summary>
    /// Starts this month's cover sheet from the trust's previous paper: the meeting, the people, the ask and the
    /// links carry over; the title and meeting date are this month's own, and the judgement never carries over
    /// (last month's words would not fit this month's figures).
    /// </summary>
    public void CarryCoverFrom(PaperDraft previous) =>
        WriteCover(previous.Cover with { PaperTitle = PaperTitle, MeetingDate = MeetingDate });

    /// <summary>The PMO's executive summary and recommendation; blank means "use the drafted text".</summary>
    public void WriteJudgement(string? executiveSummary, string? recommendation)
    {
        ExecutiveSummary = Clean(executiveSummary);
        Recommendation = Clean(recommendation);
    }

    /// <summary>
    /// The PMO's commentary per ISG. Blank commentary means "use the drafted text", so it is not kept; nor is one for an
    /// ISG that is not the trust's (<paramref name="trustIsgs"/>); of two for the same ISG the first is kept.
    /// </summary>
    public void WriteCommentaries(IEnumerable<IsgCommentary>? commentaries, IReadOnlyCollection<Guid> trustIsgs) =>
        IsgCommentaries = [.. (commentaries ?? []).Where(c => trustIsgs.Contains(c.IsgId) && !string.IsNullOrWhiteSpace(c.Text))
            .DistinctBy(c => c.IsgId).Select(c => c with { Text = c.Text.Trim() })];

    public string? CommentaryFor(Guid isgId) => IsgCommentaries.FirstOrDefault(c => c.IsgId == isgId)?.Text;

    private static string Required(string? text, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(message) : text.Trim();

    private static string Clean(string? text) => text?.Trim() ?? "";

    private static List<string> Lines(IEnumerable<string>? items) =>
        [.. (items ?? []).Select(i => i?.Trim() ?? "").Where(i => i.Length > 0)];
}

/// <summary>The PMO's words on one ISG in one month's paper.</summary>
public sealed record IsgCommentary(Guid IsgId, string Text);

/// <summary>A paper's cover sheet as the PMO writes it (the usual NHS paper layout).</summary>
public sealed record PaperCover(
    string Meeting,
    string PaperTitle,
    DateOnly MeetingDate,
    string ResponsibleDirector,
    string Author,
    BoardAsk BoardAskedTo,
    IReadOnlyList<CqcDomain> LinkedCqcDomains,
    IReadOnlyList<string> StrategicObjectives,
    IReadOnlyList<string> BafRisks,
    string EqualityImpact,
    string FoiStatus);
