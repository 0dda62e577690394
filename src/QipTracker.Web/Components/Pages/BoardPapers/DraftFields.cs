using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;
using QipTracker.Web.Features.BoardPapers;

namespace QipTracker.Web.Components.Pages.BoardPapers;

/// <summary>
/// The draft form's editable copy. The executive summary and the recommendation start as drafted from the data;
/// left as drafted (or cleared), they are saved blank so the paper keeps drafting them from the figures as they
/// change. The reason for the ask starts blank: blank prints the reason drafted from the data.
/// </summary>
public sealed class DraftFields
{
    public string Meeting { get; set; } = "";
    public string PaperTitle { get; set; } = "";
    public DateTime MeetingDate { get; set; }
    public string ResponsibleDirector { get; set; } = "";
    public string Author { get; set; } = "";
    public string ExecutiveSummary { get; set; } = "";
    public string PreviouslyConsideredBy { get; set; } = "";
    public BoardAsk BoardAskedTo { get; set; }
    public string AskReason { get; set; } = "";
    public IEnumerable<CqcDomain> LinkedCqcDomains { get; set; } = [];
    public IEnumerable<string> StrategicObjectives { get; set; } = [];
    public IEnumerable<string> BafRisks { get; set; } = [];
    public EqualityImpactStage EqualityStage { get; set; }
    public string EqualityImpact { get; set; } = "";
    public string FoiStatus { get; set; } = "";
    public List<RecommendationLine> Recommendations { get; set; } = [];

    public static DraftFields From(PaperDraftDto draft)
    {
        var f = draft.Fields;
        return new DraftFields
        {
            Meeting = f.Meeting,
            PaperTitle = f.PaperTitle,
            MeetingDate = f.MeetingDate.ToDateTime(TimeOnly.MinValue),
            ResponsibleDirector = f.ResponsibleDirector,
            Author = f.Author,
            ExecutiveSummary = Or(f.ExecutiveSummary, draft.DraftedSummary),
            PreviouslyConsideredBy = f.PreviouslyConsideredBy,
            BoardAskedTo = f.BoardAskedTo,
            AskReason = f.AskReason,
            LinkedCqcDomains = [.. f.LinkedCqcDomains],
            StrategicObjectives = [.. f.StrategicObjectives],
            BafRisks = [.. f.BafRisks],
            EqualityStage = f.EqualityStage,
            EqualityImpact = f.EqualityImpact,
            FoiStatus = f.FoiStatus,
            Recommendations = [.. (f.Recommendations.Count > 0 ? f.Recommendations : draft.DraftedRecommendation).Select(RecommendationLine.From)],
        };
    }

    /// <summary>Starts the recommendation again from the items drafted from the data.</summary>
    public void RedraftRecommendations(PaperDraftDto draft) => Recommendations = [.. draft.DraftedRecommendation.Select(RecommendationLine.From)];

    public PaperDraftFields ToRequest(PaperDraftDto draft, IReadOnlyDictionary<Guid, string> commentaries)
    {
        var items = Recommendations.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => new RecommendationItem(r.Verb, r.Text.Trim())).ToList();
        var asDrafted = items.Count == draft.DraftedRecommendation.Count
                        && items.Zip(draft.DraftedRecommendation).All(p => p.First.Verb == p.Second.Verb && p.First.Text == p.Second.Text.Trim());
        return new(Meeting, PaperTitle, DateOnly.FromDateTime(MeetingDate), ResponsibleDirector, Author,
            Unless(ExecutiveSummary, draft.DraftedSummary), PreviouslyConsideredBy, BoardAskedTo, AskReason,
            [.. LinkedCqcDomains], [.. StrategicObjectives], [.. BafRisks], EqualityStage, EqualityImpact, FoiStatus,
            asDrafted ? [] : items,
            [.. draft.Isgs.Select(i => new IsgCommentary(i.IsgId, Unless(commentaries.GetValueOrDefault(i.IsgId, ""), i.Drafted)))]);
    }

    private static string Or(string written, string drafted) => string.IsNullOrWhiteSpace(written) ? drafted : written;

    private static string Unless(string text, string drafted) => text.Trim() == drafted.Trim() ? "" : text;
}

/// <summary>One editable line of the recommendation: "Note" / "Approve" … and what.</summary>
public sealed class RecommendationLine
{
    public BoardAsk Verb { get; set; }
    public string Text { get; set; } = "";

    public static RecommendationLine From(RecommendationItem item) => new() { Verb = item.Verb, Text = item.Text };
}
