using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>What the PMO edits before generating: the cover sheet and the judgement.</summary>
/// <param name="AskReason">Why the board is asked that; blank: the reason drafted from the data.</param>
/// <param name="StrategicObjectives">Chosen from the trust's list (Trust settings).</param>
/// <param name="BafRisks">Chosen from the trust's list of Board Assurance Framework risks (Trust settings).</param>
/// <param name="Recommendations">The recommendation's Note / Approve items; empty: the items drafted from the data.</param>
/// <param name="IsgCommentaries">The PMO's own commentary per ISG; an ISG left out (or blank) gets the text drafted from its figures.</param>
public sealed record PaperDraftFields(
    string Meeting,
    string PaperTitle,
    DateOnly MeetingDate,
    string ResponsibleDirector,
    string Author,
    string ExecutiveSummary,
    string PreviouslyConsideredBy,
    BoardAsk BoardAskedTo,
    string AskReason,
    IReadOnlyList<CqcDomain> LinkedCqcDomains,
    IReadOnlyList<string> StrategicObjectives,
    IReadOnlyList<string> BafRisks,
    EqualityImpactStage EqualityStage,
    string EqualityImpact,
    string FoiStatus,
    IReadOnlyList<RecommendationItem> Recommendations,
    IReadOnlyList<IsgCommentary> IsgCommentaries);

/// <summary>
/// A month's draft. <paramref name="Version"/> is null for a draft not saved yet (prefilled from the trust's
/// last one, with the ask the data supports). The drafted texts are what the paper says where the PMO's fields
/// are blank; <paramref name="Proposal"/> is the ask the data supports and why, whatever the PMO chose.
/// </summary>
public sealed record PaperDraftDto(DateOnly Month, DateOnly AsAt, PaperDraftFields Fields, long? Version,
    IReadOnlyList<IsgDraftText> Isgs, string DraftedSummary, IReadOnlyList<RecommendationItem> DraftedRecommendation,
    AskProposal Proposal, IReadOnlyList<string> ObjectiveOptions, IReadOnlyList<string> BafOptions)
{
    public static PaperDraftDto From(AssembledPaper paper, bool saved)
    {
        var d = paper.Draft;
        var fields = new PaperDraftFields(d.Meeting, d.PaperTitle, d.MeetingDate, d.ResponsibleDirector, d.Author, d.ExecutiveSummary,
            d.PreviouslyConsideredBy, d.BoardAskedTo, d.AskReason, [.. d.LinkedCqcDomains], [.. d.StrategicObjectives], [.. d.BafRisks],
            d.EqualityStage, d.EqualityImpact, d.FoiStatus, [.. d.Recommendations], [.. d.IsgCommentaries]);
        return new PaperDraftDto(d.Month, paper.Content.Assessment.AsAt, fields, saved ? d.Version : null,
            paper.Isgs, paper.DraftedSummary, paper.DraftedRecommendation, paper.Proposal, paper.ObjectiveOptions, paper.BafOptions);
    }
}
