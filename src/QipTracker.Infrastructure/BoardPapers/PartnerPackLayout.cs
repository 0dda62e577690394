namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The system partner oversight pack: the same frozen data as the board paper, cut to what system
/// partners oversee — progress against trajectory (Must Do and Should Do, month on month), exceptions and
/// KPIs — with room for their feedback, and the full list of exceptions in an appendix. See
/// <see cref="PaperKind.PartnerPack"/> for what is left out and why.
/// </summary>
internal static class PartnerPackLayout
{
    public const string Title = "System partner oversight pack";
    public const string ExceptionsAppendix = "Appendix A: Exceptions in full";
    public const string FeedbackHeading = "4 Feedback from the partner meeting and the trust's response";

    // Enough rows for the usual partners (ICB, NHS England, CQC, improvement director, buddy trust, Healthwatch).
    private const int FeedbackRows = 6;
    private const int FeedbackRowHeight = 1700;   // twips, about 3 cm: room to write by hand on a printed pack

    public static void Write(IPaperBody doc, BoardPaperContent paper)
    {
        var a = paper.Assessment;
        doc.Title(Title);
        doc.Text($"{paper.Situation.TrustName}: Quality Improvement Plan progress as at {PaperLabels.Date(a.AsAt)}");

        doc.Heading(1, "Summary");
        PaperSections.FieldTable(doc,
        [
            new("Trust", paper.Situation.TrustName),
            new("Position as at", PaperLabels.Date(a.AsAt)),
            new("Date written", PaperLabels.Date(paper.Cover.DateWritten)),
            new("Responsible director", paper.Cover.ResponsibleDirector),
            new("Author", paper.Cover.Author),
            new("Executive summary", paper.Cover.ExecutiveSummary),
            new("Linked CQC domains", string.Join(", ", paper.Cover.LinkedCqcDomains.Select(PaperLabels.Of))),
        ]);
        foreach (var line in BoardPaperLayout.Reconciliation(paper.Situation)) doc.Text(line);

        doc.Heading(1, "1 Progress against trajectory");
        PaperSections.DeliveryCharts(doc, a);
        PaperSections.DeliveryTable(doc, a);
        PaperSections.MonthOnMonth(doc, a);

        doc.Heading(1, "2 Exceptions");
        PaperExceptionSections.Summary(doc, a, "Appendix A");

        doc.Heading(1, "3 Key performance indicators (SPC)");
        PaperKpiSections.Kpis(doc, a, "3");

        if (a.PartnerFeedback is not null)
        {
            doc.Heading(1, FeedbackHeading);
            PartnerFeedbackSection.Write(doc, a);
        }

        doc.PageBreak();   // a page of its own, to print and write on
        doc.Heading(1, a.PartnerFeedback is null ? "4 Partner feedback" : "5 Partner feedback");
        doc.Text($"Partners are invited to record comments, questions and the assurance they would like to see, and to return the pack to {paper.Cover.Author}.");
        doc.Table([new("Organisation", 22), new("Comments and questions", 50), new("Assurance requested", 28)],
            Enumerable.Repeat((IReadOnlyList<Cell>)[], FeedbackRows), minRowHeight: FeedbackRowHeight);

        if (a.ExceptionsByIsg is not null) PaperExceptionSections.Appendix(doc, a, ExceptionsAppendix);
    }
}
