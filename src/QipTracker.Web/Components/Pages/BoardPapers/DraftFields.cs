using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;
using QipTracker.Web.Features.BoardPapers;

namespace QipTracker.Web.Components.Pages.BoardPapers;

/// <summary>
/// The draft form's editable copy. The executive summary and recommendation start as the text drafted from
/// the data; left as drafted (or cleared), they are saved blank so the paper keeps drafting them from the
/// figures as they change. Lists are edited one item per line.
/// </summary>
public sealed class DraftFields
{
    public string Meeting { get; set; } = "";
    public string PaperTitle { get; set; } = "";
    public DateTime MeetingDate { get; set; }
    public string ResponsibleDirector { get; set; } = "";
    public string Author { get; set; } = "";
    public string ExecutiveSummary { get; set; } = "";
    public BoardAsk BoardAskedTo { get; set; }
    public IEnumerable<CqcDomain> LinkedCqcDomains { get; set; } = [];
    public string StrategicObjectives { get; set; } = "";
    public string BafRisks { get; set; } = "";
    public string EqualityImpact { get; set; } = "";
    public string FoiStatus { get; set; } = "";
    public string Recommendation { get; set; } = "";

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
            BoardAskedTo = f.BoardAskedTo,
            LinkedCqcDomains = [.. f.LinkedCqcDomains],
            StrategicObjectives = string.Join("\n", f.StrategicObjectives),
            BafRisks = string.Join("\n", f.BafRisks),
            EqualityImpact = f.EqualityImpact,
            FoiStatus = f.FoiStatus,
            Recommendation = Or(f.Recommendation, draft.DraftedRecommendation),
        };
    }

    public PaperDraftFields ToRequest(PaperDraftDto draft, IReadOnlyDictionary<Guid, string> commentaries) => new(
        Meeting, PaperTitle, DateOnly.FromDateTime(MeetingDate), ResponsibleDirector, Author,
        Unless(ExecutiveSummary, draft.DraftedSummary), BoardAskedTo, [.. LinkedCqcDomains], Lines(StrategicObjectives), Lines(BafRisks),
        EqualityImpact, FoiStatus, Unless(Recommendation, draft.DraftedRecommendation),
        [.. draft.Isgs.Select(i => new IsgCommentary(i.IsgId, Unless(commentaries.GetValueOrDefault(i.IsgId, ""), i.Drafted)))]);

    private static string Or(string written, string drafted) => string.IsNullOrWhiteSpace(written) ? drafted : written;

    private static string Unless(string text, string drafted) => text.Trim() == drafted.Trim() ? "" : text;

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
