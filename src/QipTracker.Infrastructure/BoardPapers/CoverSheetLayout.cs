using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The NHS cover sheet as boards know it: the paper's particulars; the row of four options — Approve, Receive,
/// Note, Take assurance — with the PMO's choice ticked and why; then the CQC domains, strategic objectives (the
/// trust's whole list, ticked where the paper supports them), Board Assurance Framework risks, the Equality
/// Impact Assessment stage and FOI status.
/// </summary>
internal static class CoverSheetLayout
{
    public static void Write(IPaperBody doc, CoverSheet cover)
    {
        doc.Title(cover.PaperTitle);
        doc.Heading(1, "Cover sheet");
        PaperSections.FieldTable(doc,
        [
            new("Meeting", cover.Meeting),
            new("Meeting date", PaperLabels.Date(cover.MeetingDate)),
            new("Paper title", cover.PaperTitle),
            new("Date written", PaperLabels.Date(cover.DateWritten)),
            new("Responsible director", cover.ResponsibleDirector),
            new("Author", cover.Author),
            new("Executive summary", cover.ExecutiveSummary),
            new("Previously considered by", Or(cover.PreviouslyConsideredBy)),
        ]);

        doc.Text("The board is asked to:");
        BoardAsk[] options = [BoardAsk.Approve, BoardAsk.Receive, BoardAsk.Note, BoardAsk.TakeAssurance];
        doc.Table([.. options.Select(_ => new Column("", 25))],
        [
            [.. options.Select(o => new Cell(PaperLabels.Box(o == cover.BoardAskedTo, PaperLabels.Of(o)), Bold: true, Fill: o == cover.BoardAskedTo ? "BDD7EE" : "E8EDEE"))],
            [.. options.Select(o => new Cell(PaperLabels.Meaning(o)))],
        ], headerRow: false);
        if (!string.IsNullOrWhiteSpace(cover.AskReason)) doc.Text($"Why {PaperLabels.Of(cover.BoardAskedTo).ToLowerInvariant()}: {cover.AskReason}");

        var domains = Enum.GetValues<CqcDomain>().Select(d => PaperLabels.Box(cover.LinkedCqcDomains.Contains(d), PaperLabels.Of(d)));
        var objectives = cover.ObjectiveChoices is { } choices
            ? Lines(choices.Select(c => PaperLabels.Box(c.Chosen, c.Text)))
            : Lines(cover.StrategicObjectives);
        var equality = cover.EqualityStage is { } stage
            ? string.Join("\n", Enum.GetValues<EqualityImpactStage>().Select(s => PaperLabels.Radio(s == stage, PaperLabels.Of(s))))
              + (string.IsNullOrWhiteSpace(cover.EqualityImpact) ? "" : "\n\n" + cover.EqualityImpact)
            : cover.EqualityImpact;
        PaperSections.FieldTable(doc,
        [
            new("Linked CQC domains", string.Join("   ", domains)),
            new("Strategic objectives", objectives),
            new("Board Assurance Framework risks", Lines(cover.BafRisks)),
            new("Equality Impact Assessment", equality),
            new("FOI status", cover.FoiStatus),
        ]);
    }

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? PaperLabels.Nothing : text;

    private static string Lines(IEnumerable<string> items) =>
        items.Any() ? string.Join("\n\n", items) : PaperLabels.Nothing;   // one paragraph each
}
