using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.BoardPapers;

/// <summary>
/// The PMO's judgement for one month's board paper, kept between sessions: the cover sheet (started from
/// the trust's previous paper), the executive summary, what the board is asked to do and why, a commentary
/// per ISG and the recommendation. The figures are never stored here: they come from the data when the paper
/// is generated. Blank text (and an empty recommendation) means "as drafted from the data".
/// It changes only through the methods below, which keep it tidy: a cover sheet always names its meeting and
/// title, text is trimmed, blank list lines are dropped, strategic objectives and BAF risks come from the trust's
/// own lists, and commentary is kept only for the trust's own ISGs.
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
    /// <summary>The PMO's choice; a new draft starts from the level the data supports (<see cref="AskRule"/>).</summary>
    public BoardAsk BoardAskedTo { get; private set; } = BoardAsk.Note;
    /// <summary>Why the board is asked that; blank: the reason drafted from the data.</summary>
    public string AskReason { get; private set; } = "";
    /// <summary>The committees and meetings that saw the paper first, e.g. "Executive Continuous Improvement Board".</summary>
    public string PreviouslyConsideredBy { get; private set; } = "";
    public List<CqcDomain> LinkedCqcDomains { get; private set; } = [];
    /// <summary>Chosen from the trust's own list (Trust settings).</summary>
    public List<string> StrategicObjectives { get; private set; } = [];
    /// <summary>Chosen from the trust's own list of Board Assurance Framework risks (Trust settings).</summary>
    public List<string> BafRisks { get; private set; } = [];
    public EqualityImpactStage EqualityStage { get; private set; } = EqualityImpactStage.Stage1;
    /// <summary>What the equality impact assessment found, in a sentence.</summary>
    public string EqualityImpact { get; private set; } = "";
    public string FoiStatus { get; private set; } = DefaultFoiStatus;
    /// <summary>The recommendation as a list of Note / Approve items; empty: the items drafted from the data.</summary>
    public List<RecommendationItem> Recommendations { get; private set; } = [];
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
    public PaperCover Cover => new(Meeting, PaperTitle, MeetingDate, ResponsibleDirector, Author, PreviouslyConsideredBy, BoardAskedTo,
        [.. LinkedCqcDomains], [.. StrategicObjectives], [.. BafRisks], EqualityStage, EqualityImpact, FoiStatus);

    /// <summary>
    /// Replaces the cover sheet. Strategic objectives and BAF risks are chosen from the trust's lists (kept in the
    /// list's order); one already chosen stays choosable after the list changes, so an old draft still saves.
    /// </summary>
    public void WriteCover(PaperCover cover, TrustPaperLists lists)
    {
        if (!Enum.IsDefined(cover.BoardAskedTo)) throw new DomainException($"'{cover.BoardAskedTo}' is not something a board is asked to do.");
        if (!Enum.IsDefined(cover.EqualityStage)) throw new DomainException($"'{cover.EqualityStage}' is not a stage of an equality impact assessment.");
        var objectives = Chosen(cover.StrategicObjectives, lists.StrategicObjectives, StrategicObjectives);
        var risks = Chosen(cover.BafRisks, lists.BafRisks, BafRisks);
        var unknown = new Dictionary<string, string[]>();
        if (objectives.Unknown.Count > 0) unknown[nameof(StrategicObjectives)] = NotOnList(objectives.Unknown, "strategic objectives");
        if (risks.Unknown.Count > 0) unknown[nameof(BafRisks)] = NotOnList(risks.Unknown, "Board Assurance Framework risks");
        if (unknown.Count > 0) throw new NotOnTrustListException(unknown);
        Write(cover with { StrategicObjectives = objectives.Kept, BafRisks = risks.Kept });
    }

    /// <summary>
    /// Starts this month's cover sheet from the trust's previous paper: the meeting, the people and the links carry
    /// over (they were chosen from the trust's lists then); the title and meeting date are this month's own, and the
    /// judgement — what the board is asked to do and why — never carries over (last month's words would not fit this
    /// month's figures).
    /// </summary>
    public void CarryCoverFrom(PaperDraft previous) =>
        Write(previous.Cover with { PaperTitle = PaperTitle, MeetingDate = MeetingDate, BoardAskedTo = BoardAskedTo });

    /// <summary>What the board is asked to do and why; a blank reason means "use the reason drafted from the data".</summary>
    public void AskTheBoard(BoardAsk ask, string? reason)
    {
        if (!Enum.IsDefined(ask)) throw new DomainException($"'{ask}' is not something a board is asked to do.");
        BoardAskedTo = ask;
        AskReason = Clean(reason);
    }

    /// <summary>
    /// The PMO's executive summary and recommendation items; blank means "use the drafted text", so blank items are
    /// dropped and an empty list means the items drafted from the data.
    /// </summary>
    public void WriteJudgement(string? executiveSummary, IEnumerable<RecommendationItem>? recommendations)
    {
        var items = (recommendations ?? []).Where(i => i is not null && !string.IsNullOrWhiteSpace(i.Text)).ToList();
        if (items.FirstOrDefault(i => !Enum.IsDefined(i.Verb)) is { } bad)
            throw new DomainException($"'{bad.Verb}' is not something a board is asked to do.");
        ExecutiveSummary = Clean(executiveSummary);
        Recommendations = [.. items.Select(i => i with { Text = i.Text.Trim() })];
    }

    /// <summary>
    /// The PMO's commentary per ISG. Blank commentary means "use the drafted text", so it is not kept; nor is one for an
    /// ISG that is not the trust's (<paramref name="trustIsgs"/>); of two for the same ISG the first is kept.
    /// </summary>
    public void WriteCommentaries(IEnumerable<IsgCommentary>? commentaries, IReadOnlyCollection<Guid> trustIsgs) =>
        IsgCommentaries = [.. (commentaries ?? []).Where(c => trustIsgs.Contains(c.IsgId) && !string.IsNullOrWhiteSpace(c.Text))
            .DistinctBy(c => c.IsgId).Select(c => c with { Text = c.Text.Trim() })];

    public string? CommentaryFor(Guid isgId) => IsgCommentaries.FirstOrDefault(c => c.IsgId == isgId)?.Text;

    private void Write(PaperCover cover)
    {
        Meeting = Required(cover.Meeting, "Name the meeting the paper goes to.");
        PaperTitle = Required(cover.PaperTitle, "Give the paper a title.");
        MeetingDate = cover.MeetingDate;
        ResponsibleDirector = Clean(cover.ResponsibleDirector);
        Author = Clean(cover.Author);
        PreviouslyConsideredBy = Clean(cover.PreviouslyConsideredBy);
        BoardAskedTo = cover.BoardAskedTo;
        LinkedCqcDomains = [.. (cover.LinkedCqcDomains ?? []).Distinct().Order()];
        StrategicObjectives = Lines(cover.StrategicObjectives);
        BafRisks = Lines(cover.BafRisks);
        EqualityStage = cover.EqualityStage;
        EqualityImpact = Clean(cover.EqualityImpact);
        FoiStatus = Clean(cover.FoiStatus);
    }

    /// <summary>The choices in the list's order, then any kept from before; those neither on the list nor chosen before.</summary>
    private static (List<string> Kept, List<string> Unknown) Chosen(IEnumerable<string>? chosen, IReadOnlyList<string> list, List<string> before)
    {
        var picked = Lines(chosen).Distinct().ToList();
        var unknown = picked.Where(p => !list.Contains(p) && !before.Contains(p)).ToList();
        return ([.. list.Where(picked.Contains), .. picked.Where(p => !list.Contains(p))], unknown);
    }

    private static string[] NotOnList(IEnumerable<string> unknown, string what) =>
        [.. unknown.Select(u => $"{InputText.Quote(u)} is not on the trust's list of {what} (Trust settings).")];

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
    string PreviouslyConsideredBy,
    BoardAsk BoardAskedTo,
    IReadOnlyList<CqcDomain> LinkedCqcDomains,
    IReadOnlyList<string> StrategicObjectives,
    IReadOnlyList<string> BafRisks,
    EqualityImpactStage EqualityStage,
    string EqualityImpact,
    string FoiStatus);

/// <summary>The trust's own lists a cover sheet's strategic objectives and BAF risks are chosen from (Trust settings).</summary>
public sealed record TrustPaperLists(IReadOnlyList<string> StrategicObjectives, IReadOnlyList<string> BafRisks)
{
    /// <summary>No lists: only what the draft already holds can be chosen (e.g. a first paper's defaults, which link none).</summary>
    public static readonly TrustPaperLists None = new([], []);
}

/// <summary>A cover sheet chose strategic objectives or BAF risks that are not on the trust's lists; per field, what and why.</summary>
public sealed class NotOnTrustListException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(string.Join(" ", errors.Values.SelectMany(e => e)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
