using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>What the PMO edits before generating: the cover sheet and the judgement.</summary>
/// <param name="IsgCommentaries">The PMO's own commentary per ISG; an ISG left out (or blank) gets the text drafted from its figures.</param>
public sealed record PaperDraftFields(
    string Meeting,
    string PaperTitle,
    DateOnly MeetingDate,
    string ResponsibleDirector,
    string Author,
    string ExecutiveSummary,
    BoardAsk BoardAskedTo,
    IReadOnlyList<CqcDomain> LinkedCqcDomains,
    IReadOnlyList<string> StrategicObjectives,
    IReadOnlyList<string> BafRisks,
    string EqualityImpact,
    string FoiStatus,
    string Recommendation,
    IReadOnlyList<IsgCommentary> IsgCommentaries);

/// <summary>
/// A month's draft. <paramref name="Version"/> is null for a draft not saved yet (prefilled from the trust's
/// last one). The drafted texts are what the paper says where the PMO's fields are blank.
/// </summary>
public sealed record PaperDraftDto(DateOnly Month, DateOnly AsAt, PaperDraftFields Fields, long? Version,
    IReadOnlyList<IsgDraftText> Isgs, string DraftedSummary, string DraftedRecommendation)
{
    public static PaperDraftDto From(AssembledPaper paper, bool saved)
    {
        var d = paper.Draft;
        var fields = new PaperDraftFields(d.Meeting, d.PaperTitle, d.MeetingDate, d.ResponsibleDirector, d.Author, d.ExecutiveSummary,
            d.BoardAskedTo, [.. d.LinkedCqcDomains], [.. d.StrategicObjectives], [.. d.BafRisks], d.EqualityImpact, d.FoiStatus,
            d.Recommendation, [.. d.IsgCommentaries]);
        return new PaperDraftDto(d.Month, paper.Content.Assessment.AsAt, fields, saved ? d.Version : null,
            paper.Isgs, paper.DraftedSummary, paper.DraftedRecommendation);
    }
}
