using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.BoardPapers;

/// <summary>
/// The PMO's judgement for one month's board paper, kept between sessions: the cover sheet (started from
/// the trust's previous paper), the executive summary, what the board is asked to do and why, a commentary
/// per ISG and the recommendation. The figures are never stored here: they come from the data when the paper
/// is generated. Blank text (and an empty recommendation) means "as drafted from the data".
/// </summary>
public sealed class PaperDraft : TenantEntity, IVersioned
{
    /// <summary>The first day of the month the paper reports on.</summary>
    public DateOnly Month { get; private set; }
    public string Meeting { get; set; } = "Trust Board (Public)";
    public string PaperTitle { get; set; } = "";
    public DateOnly MeetingDate { get; set; }
    public string ResponsibleDirector { get; set; } = "";
    public string Author { get; set; } = "";
    public string ExecutiveSummary { get; set; } = "";
    /// <summary>The PMO's choice; a new draft starts from the level the data supports (<see cref="AskRule"/>).</summary>
    public BoardAsk BoardAskedTo { get; set; } = BoardAsk.Note;
    /// <summary>Why the board is asked that; blank: the reason drafted from the data.</summary>
    public string AskReason { get; set; } = "";
    /// <summary>The committees and meetings that saw the paper first, e.g. "Executive Continuous Improvement Board".</summary>
    public string PreviouslyConsideredBy { get; set; } = "";
    public List<CqcDomain> LinkedCqcDomains { get; set; } = [];
    /// <summary>Chosen from the trust's own list (Trust settings).</summary>
    public List<string> StrategicObjectives { get; set; } = [];
    /// <summary>Chosen from the trust's own list of Board Assurance Framework risks (Trust settings).</summary>
    public List<string> BafRisks { get; set; } = [];
    public EqualityImpactStage EqualityStage { get; set; } = EqualityImpactStage.Stage1;
    /// <summary>What the equality impact assessment found, in a sentence.</summary>
    public string EqualityImpact { get; set; } = "";
    public string FoiStatus { get; set; } = "Can be published";
    /// <summary>The recommendation as a list of Note / Approve items; empty: the items drafted from the data.</summary>
    public List<RecommendationItem> Recommendations { get; set; } = [];
    /// <summary>The PMO's commentary per ISG; an ISG without one gets the commentary drafted from the data.</summary>
    public List<IsgCommentary> IsgCommentaries { get; set; } = [];
    public long Version { get; private set; }

    private PaperDraft() { }

    public PaperDraft(Guid trustId, DateOnly month) : base(trustId)
    {
        if (month.Day != 1) throw new DomainException("A paper draft is for a month: give its first day.");
        Month = month;
    }

    public string? CommentaryFor(Guid isgId) => IsgCommentaries.FirstOrDefault(c => c.IsgId == isgId)?.Text;
}

/// <summary>The PMO's words on one ISG in one month's paper.</summary>
public sealed record IsgCommentary(Guid IsgId, string Text);
