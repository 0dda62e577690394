namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The monthly paper to the Trust Board, in the usual NHS order: cover sheet, 1 Situation, 2 Background,
/// 3 Assessment (3.1–3.6), 4 Recommendation, then Appendix A (every exception) and Appendix B (the sprint
/// burndowns). A paper frozen with schema 1 is laid out with what it holds, without the appendices.
/// </summary>
internal static class BoardPaperLayout
{
    public const string ExceptionsAppendix = "Appendix A: Exceptions in full";
    public const string BurndownsAppendix = "Appendix B: Sprint burndowns";

    public static void Write(IPaperBody doc, BoardPaperContent paper)
    {
        CoverSheetLayout.Write(doc, paper.Cover);
        doc.PageBreak();
        Situation(doc, paper);
        Background(doc, paper.Situation);
        Assessment(doc, paper.Assessment);
        doc.Heading(1, "4 Recommendation");
        Recommendation(doc, paper);
        if (paper.Assessment.ExceptionsByIsg is null) return;
        PaperExceptionSections.Appendix(doc, paper.Assessment, ExceptionsAppendix);
        Burndowns(doc, paper.Assessment);
    }

    public static void Recommendation(IPaperBody doc, BoardPaperContent paper)
    {
        doc.Text(paper.Recommendation);
        if (paper.RecommendationItems is { Count: > 0 } items)
            doc.Bullets(items.Select(i => (PaperLabels.Of(i.Verb), i.Text)));
    }

    private static void Situation(IPaperBody doc, BoardPaperContent paper)
    {
        var a = paper.Assessment;
        doc.Heading(1, "1 Situation");
        doc.Text($"This paper reports delivery of {paper.Situation.TrustName}'s Quality Improvement Plan (QIP) " +
                 $"as at {PaperLabels.Date(a.AsAt)}.");
        var changes = PaperLabels.Count(a.ChangesApproved.Count, "change request was", "change requests were");
        if (a.MustDoTotal is { } mustDo && a.ShouldDoTotal is { } shouldDo)
        {
            var last = a.LastMonth;
            doc.Text($"At the end of {PaperLabels.Month(a.AsAt)}, {mustDo.Completed} Must Do and {shouldDo.Completed} Should Do root causes were complete, " +
                     $"against {mustDo.Planned} and {shouldDo.Planned} planned by then: {PaperLabels.OfTrajectory(a.Total)}" +
                     $"{PaperLabels.Since(a.Total.PercentOfTrajectory, last?.Total.PercentOfTrajectory, last?.AsAt)}. " +
                     $"Must Do delivery stands at {PaperLabels.OfTrajectory(mustDo)}" +
                     $"{PaperLabels.Since(mustDo.PercentOfTrajectory, last?.MustDo.PercentOfTrajectory, last?.AsAt)}.");
            var withPlan = a.Exceptions.Count(e => e.HasRecoveryPlan);
            doc.Text($"{PaperLabels.Count(a.MustDoOnTrack ?? 0, "Must Do root cause is", "Must Do root causes are")} on track. " +
                     $"{PaperLabels.Count(a.Exceptions.Count, "item is", "items are")} off track or overdue, {withPlan} with a recovery plan; " +
                     $"{a.Exceptions.Count(e => e.EscalationLevel == Domain.Escalations.EscalationLevel.Ecib)} escalated to the Executive " +
                     $"Continuous Improvement Board (ECIB). {changes} approved in the month.");
            return;
        }
        doc.Text($"By then {a.Total.Completed} of the {a.Total.Planned} root causes planned to be complete were complete: " +
                 $"{PaperLabels.OfTrajectory(a.Total)}. {PaperLabels.Count(a.Exceptions.Count, "item is", "items are")} " +
                 $"off track or overdue, and {changes} approved in the month.");
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
        foreach (var line in Reconciliation(s)) doc.Text(line);

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
        doc.Text($"The findings are grouped under {PaperLabels.Count(s.Isgs.Count, "improvement steering group (ISG)", "improvement steering groups (ISGs)")}. " +
                 "Each finding is unpacked into root causes, each with an owner, a due date and a KPI; off-track work is escalated " +
                 "weekly to the Executive Continuous Improvement Board (ECIB).");
        doc.Table([new("ISG", 40), new("Chair", 35), new("Reports", 25)],
            s.Isgs.Select(i => (IReadOnlyList<Cell>)[i.Name, i.Chair, PaperLabels.Of(i.Cadence)]));
    }

    /// <summary>
    /// Where the plan holds more findings than the report set out, both counts and why they differ (the words every
    /// page uses, <see cref="FindingCounts.Reconciliation"/>); then where the other reviews' recommendations come from
    /// and the findings not yet unpacked into root causes.
    /// </summary>
    public static IEnumerable<string> Reconciliation(SituationAndBackground s)
    {
        foreach (var line in s.Findings?.Reconciliation() ?? []) yield return line;
        if (s.OtherReviewSources.Count > 0)
            yield return $"The recommendations of other reviews come from {string.Join("; ", s.OtherReviewSources)}.";
        if (s.FindingsNotYetUnpacked is > 0 and var notUnpacked)
            yield return $"{PaperLabels.Count(notUnpacked, "finding has", "findings have")} not yet been unpacked into root causes.";
    }

    private static void Assessment(IPaperBody doc, Assessment a)
    {
        doc.Heading(1, "3 Assessment");

        doc.Heading(2, "3.1 Delivery against trajectory");
        PaperSections.DeliveryCharts(doc, a);
        PaperSections.DeliveryTable(doc, a);
        PaperSections.MonthOnMonth(doc, a);

        doc.Heading(2, "3.2 Progress by improvement steering group");
        var number = 0;
        foreach (var isg in a.Isgs)
        {
            doc.Heading(3, $"3.2.{++number} {isg.Isg}");
            if (isg.MustDo is { } mustDo && isg.ShouldDo is { } shouldDo)
            {
                var last = isg.LastMonth;
                doc.Text($"The {isg.Isg} plan addresses {mustDo.FindingsCovered} Must Do and {shouldDo.FindingsCovered} Should Do findings; unpacking identified " +
                         $"{mustDo.RootCausesIdentified} Must Do and {shouldDo.RootCausesIdentified} Should Do root causes. At the end of {PaperLabels.Month(a.AsAt)}, " +
                         $"{mustDo.Completed} Must Do root causes had been closed against a target of {mustDo.Planned} ({PaperLabels.Percent(mustDo.PercentOfTrajectory)} of trajectory" +
                         $"{PaperLabels.Since(mustDo.PercentOfTrajectory, last?.MustDo.PercentOfTrajectory, last?.AsAt)}), " +
                         $"and {shouldDo.Completed} Should Do against {shouldDo.Planned} ({PaperLabels.Percent(shouldDo.PercentOfTrajectory)}): " +
                         $"{PaperLabels.OfTrajectory(isg.Figures)} overall. " +
                         $"{PaperLabels.Count(isg.MustDoOnTrack ?? 0, "Must Do root cause is", "Must Do root causes are")} on track.");
                doc.Figures([.. new[] { isg.MustDoChart, isg.ShouldDoChart }.OfType<TrajectoryChart>().Select(c => PaperFigure.Of(c, aspect: 1.4))], perRow: 2);
            }
            else
            {
                var f = isg.Figures;
                doc.Text($"{f.FindingsCovered} findings covered by {f.RootCausesIdentified} root causes. {f.Completed} completed against " +
                         $"{f.Planned} planned by {PaperLabels.Date(a.AsAt)}: {PaperLabels.OfTrajectory(f)}.");
                if (isg.Chart is { } chart) doc.Chart(chart);
            }
            doc.Text(isg.Commentary);
        }

        doc.Heading(2, "3.3 Well-led plan by KLOE");
        WellLedLayout.Write(doc, a);

        doc.Heading(2, "3.4 Key performance indicators (SPC)");
        PaperKpiSections.Kpis(doc, a, "3.4");

        doc.Heading(2, "3.5 Exceptions");
        PaperExceptionSections.Summary(doc, a, "Appendix A");

        doc.Heading(2, "3.6 Change requests approved");
        if (a.ChangesApproved.Count == 0) doc.Text("No change requests were approved in the month.");
        else
            doc.Table([new("Ref", 12), new("Change", 15), new("Summary", 43), new("Decided on", 14), new("Decided by", 16)],
                a.ChangesApproved.Select(c => (IReadOnlyList<Cell>)[c.Reference, PaperLabels.Of(c.Kind), c.Summary, PaperLabels.ShortDate(c.DecidedOn), c.DecidedBy]));

        if (a.PartnerFeedback is null) return;
        doc.Heading(2, PartnerFeedbackHeading);
        PartnerFeedbackSection.Write(doc, a);
    }

    public const string PartnerFeedbackHeading = "3.7 Partner feedback";

    /// <summary>The sprints that closed in the month, ISG by ISG, their burndowns two to a row.</summary>
    public static void Burndowns(IPaperBody doc, Assessment a)
    {
        if (a.Burndowns is not { } sprints) return;
        doc.PageBreak();
        doc.Heading(1, BurndownsAppendix);
        if (sprints.Count == 0) { doc.Text($"No sprint closed in {PaperLabels.Month(a.AsAt)}."); return; }
        doc.Text($"The burndown of each sprint that closed in {PaperLabels.Month(a.AsAt)}, as recorded when it closed: items remaining at the end of " +
                 "each day against the ideal line, with scope added above and removed below the axis.");
        foreach (var isg in sprints.GroupBy(s => s.Isg))
        {
            doc.Heading(2, isg.Key);
            doc.Figures([.. isg.Select(s => new PaperFigure($"{s.Isg}: sprint {s.Number}, {PaperLabels.ShortDate(s.StartsOn)} to {PaperLabels.ShortDate(s.EndsOn)}",
                ChartAltText.Of(s), (r, size) => r.RenderPng(s, size), Aspect: 1.6,
                Note: $"{s.Committed} committed, {s.Delivered} delivered, {s.CarriedOver} carried over to the next sprint."))], perRow: 2);
        }
    }
}
