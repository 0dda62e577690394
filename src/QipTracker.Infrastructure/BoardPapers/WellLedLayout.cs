namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The Well-led plan by key line of enquiry, as the real paper lays it out: each KLOE W1–W8 under its question,
/// with what was completed in the month, its impact (the evidence recorded) and the next steps.
/// </summary>
internal static class WellLedLayout
{
    public static void Write(IPaperBody doc, Assessment a)
    {
        if (a.WellLedByKloe is not { } kloes) { Legacy(doc, a.WellLedPlan); return; }
        doc.Text("The Well-led plan is structured by the CQC's eight Well-led key lines of enquiry (KLOEs). For each, the root causes " +
                 "with activity this month: what was completed, its impact (the evidence recorded), and the next steps (actions due in " +
                 "the next three months).");
        foreach (var kloe in kloes)
        {
            doc.Heading(3, $"{kloe.Code}: {kloe.Question}");
            if (kloe.Findings == 0) { doc.Text("No findings are tagged to this key line of enquiry."); continue; }
            doc.Text($"{PaperLabels.Count(kloe.Findings, "finding", "findings")}, answered by {PaperLabels.Count(kloe.RootCauses, "root cause", "root causes")}; " +
                     $"{kloe.Completed} completed by {PaperLabels.Date(a.AsAt)}.");
            if (kloe.Lines.Count == 0) { doc.Text("No actions were completed this month and none fall due in the next three months."); continue; }
            doc.Table([new("Root cause", 22), new("Completed this month", 26), new("Impact", 26), new("Next steps", 26)],
                kloe.Lines.Select(l => (IReadOnlyList<Cell>)[new Cell(l.RootCause, Bold: true), l.Completed, l.Impact, l.NextSteps]));
            if (kloe.MoreRootCauses > 0)
                doc.Text($"… and {PaperLabels.Count(kloe.MoreRootCauses, "more root cause", "more root causes")} with activity: see the plan register.");
        }
    }

    private static void Legacy(IPaperBody doc, ValueList<WellLedKloeProgress> plan)
    {
        if (plan.Count == 0) { doc.Text("The Well-led plan has no update this month."); return; }
        doc.Table([new("KLOE", 19), new("Actions over the past month", 27), new("How the change will be evidenced", 27), new("Future plans", 27)],
            plan.Select(k => (IReadOnlyList<Cell>)[new Cell($"{k.KloeCode} {k.KloeTitle}", Bold: true), k.ActionsPastMonth, k.HowEvidenced, k.FuturePlans]));
    }
}
