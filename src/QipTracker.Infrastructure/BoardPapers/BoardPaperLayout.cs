using QipTracker.Domain.BoardPapers;
namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The monthly paper to the Trust Board, in the usual NHS order: cover sheet, 1 Situation,
/// 2 Background, 3 Assessment (3.1–3.6), 4 Recommendation.
/// </summary>
internal static class BoardPaperLayout
{
    public static void Write(IPaperBody doc, BoardPaperContent paper)
    {
        CoverSheet(doc, paper.Cover);
        doc.PageBreak();
        Situation(doc, paper);
        Background(doc, paper.Situation);
        Assessment(doc, paper.Assessment);
        doc.Heading(1, "4 Recommendation");
        doc.Text(paper.Recommendation);
    }

    private static void CoverSheet(IPaperBody doc, CoverSheet cover)
    {
        doc.Title(cover.PaperTitle);
        doc.Heading(1, "Cover sheet");
        Field[] fields =
        [
            new("Meeting", cover.Meeting),
            new("Meeting date", PaperLabels.Date(cover.MeetingDate)),
            new("Paper title", cover.PaperTitle),
            new("Date written", PaperLabels.Date(cover.DateWritten)),
            new("Responsible director", cover.ResponsibleDirector),
            new("Author", cover.Author),
            new("Executive summary", cover.ExecutiveSummary),
            new("The board is asked to", PaperLabels.Of(cover.BoardAskedTo)),
            new("Linked CQC domains", string.Join(", ", cover.LinkedCqcDomains.Select(PaperLabels.Of))),
            new("Strategic objectives", Lines(cover.StrategicObjectives)),
            new("Board Assurance Framework risks", Lines(cover.BafRisks)),
            new("Equality impact", cover.EqualityImpact),
            new("FOI status", cover.FoiStatus),
        ];
        PaperSections.FieldTable(doc, fields);
    }

    private static string Lines(IEnumerable<string> items) =>
        items.Any() ? string.Join("\n\n", items) : PaperLabels.Nothing;   // one paragraph each

    private static void Situation(IPaperBody doc, BoardPaperContent paper)
    {
        var a = paper.Assessment;
        doc.Heading(1, "1 Situation");
        doc.Text($"This paper reports delivery of {paper.Situation.TrustName}'s Quality Improvement Plan (QIP) " +
                 $"as at {PaperLabels.Date(a.AsAt)}.");
        doc.Text($"By then {a.Total.Completed} of the {a.Total.Planned} root causes planned to be complete were complete: " +
                 $"{PaperLabels.OfTrajectory(a.Total)}. {Count(a.Exceptions.Count, "item is", "items are")} " +
                 $"off track or overdue, and {Count(a.ChangesApproved.Count, "change request was", "change requests were")} approved in the month.");
    }

    private static void Background(IPaperBody doc, SituationAndBackground s)
    {
        doc.Heading(1, "2 Background");
        var findings = $"{s.MustDoFindings} Must Do and {s.ShouldDoFindings} Should Do findings";
        if (s.InspectionDate is { } inspected)
        {
            var published = s.ReportPublished is { } date ? $" and published its report on {PaperLabels.Date(date)}" : "";
            var rated = s.OverallRating is { } overall ? $"The trust was rated {PaperLabels.Of(overall)} overall. " : "";
            doc.Text($"The Care Quality Commission (CQC) inspected the trust from {PaperLabels.Date(inspected)}{published}. " +
                     $"{rated}The report set out {findings}.");
        }
        else doc.Text($"No CQC inspection is recorded for the trust. The plan answers {findings}.");
        // Where the plan holds more than the report set out, both counts and why they differ.
        foreach (var line in s.Findings?.Reconciliation() ?? []) doc.Text(line);

        doc.Heading(2, "2.1 Ratings");
        if (s.OverallRating is null && s.DomainRatings.Count == 0) doc.Text("No ratings are recorded.");
        else
            doc.Table([new("CQC domain", 50), new("Rating", 50)],
                s.DomainRatings.Select(r => (IReadOnlyList<Cell>)[PaperLabels.Of(r.Domain), PaperLabels.Of(r.Rating)])
                    .Append([new Cell("Overall", Bold: true), new Cell(s.OverallRating is { } o ? PaperLabels.Of(o) : PaperLabels.Nothing, Bold: true)]));

        doc.Heading(2, "2.2 Enforcement notices");
        if (s.EnforcementNotices.Count == 0) doc.Text("No enforcement notices were received.");
        else
            doc.Table([new("Notice", 25), new("Received", 15), new("What it requires", 60)],
                s.EnforcementNotices.Select(n => (IReadOnlyList<Cell>)[PaperLabels.Of(n.Kind), PaperLabels.ShortDate(n.ReceivedOn), n.Text]));

        doc.Heading(2, "2.3 Improvement steering groups");
        doc.Text($"The findings are grouped under {Count(s.Isgs.Count, "improvement steering group (ISG)", "improvement steering groups (ISGs)")}. " +
                 "Each finding is unpacked into root causes, each with an owner, a due date and a KPI; off-track work is escalated " +
                 "weekly to the Executive Continuous Improvement Board (ECIB).");
        doc.Table([new("ISG", 40), new("Chair", 35), new("Reports", 25)],
            s.Isgs.Select(i => (IReadOnlyList<Cell>)[i.Name, i.Chair, PaperLabels.Of(i.Cadence)]));
    }

    private static void Assessment(IPaperBody doc, Assessment a)
    {
        doc.Heading(1, "3 Assessment");

        doc.Heading(2, "3.1 Delivery against trajectory");
        PaperSections.DeliveryCharts(doc, a);
        PaperSections.DeliveryTable(doc, a);

        doc.Heading(2, "3.2 Progress by improvement steering group");
        var number = 0;
        foreach (var isg in a.Isgs)
        {
            doc.Heading(3, $"3.2.{++number} {isg.Isg}");
            var f = isg.Figures;
            doc.Text($"{f.FindingsCovered} findings covered by {f.RootCausesIdentified} root causes. {f.Completed} completed against " +
                     $"{f.Planned} planned by {PaperLabels.Date(a.AsAt)}: {PaperLabels.OfTrajectory(f)}.");
            doc.Chart(isg.Chart);
            doc.Text(isg.Commentary);
        }

        doc.Heading(2, "3.3 Well-led plan by KLOE");
        if (a.WellLedPlan.Count == 0) doc.Text("The Well-led plan has no update this month.");
        else
            doc.Table([new("KLOE", 19), new("Actions over the past month", 27), new("How the change will be evidenced", 27), new("Future plans", 27)],
                a.WellLedPlan.Select(k => (IReadOnlyList<Cell>)[new Cell($"{k.KloeCode} {k.KloeTitle}", Bold: true), k.ActionsPastMonth, k.HowEvidenced, k.FuturePlans]));

        doc.Heading(2, "3.4 Key performance indicators (SPC)");
        PaperSections.Kpis(doc, a.Kpis);

        doc.Heading(2, "3.5 Exceptions");
        PaperSections.Exceptions(doc, a.Exceptions);

        doc.Heading(2, "3.6 Change requests approved");
        if (a.ChangesApproved.Count == 0) doc.Text("No change requests were approved in the month.");
        else
            doc.Table([new("Ref", 12), new("Change", 15), new("Summary", 43), new("Decided on", 14), new("Decided by", 16)],
                a.ChangesApproved.Select(c => (IReadOnlyList<Cell>)[c.Reference, PaperLabels.Of(c.Kind), c.Summary, PaperLabels.ShortDate(c.DecidedOn), c.DecidedBy]));
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
