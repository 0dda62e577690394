using System.Globalization;
using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Text drafted from the figures, as a starting point the PMO edits: the ISG commentary, the executive summary,
/// the reason for the ask and the recommendation. Only used where the PMO has not written their own. Must Do
/// comes first, and this month is set against last month.
/// </summary>
internal static class PaperWording
{
    private static string Day(DateOnly date) => date.ToString("d MMMM", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Unscheduled Care closed 12 of 15 Must Do root causes planned by 31 October (80.0%) and 3 of 4 Should Do (75.0%): 78.9% of
    /// trajectory (above 100%: "111.8% — ahead of trajectory"), up 4.2 points from 74.7% at the end of September. 20 Must Do root causes are on track; 3 items are overdue, the longest
    /// by 21 days, 1 with a recovery plan; 2 change requests were approved this month."
    /// </summary>
    public static string IsgCommentary(string isg, IsgProgress p, DateOnly asAt, IReadOnlyList<ExceptionItem> exceptions, int changesApproved)
    {
        var total = p.Figures;
        var delivery = total.Planned > 0 || total.Completed > 0
            ? $"{isg} closed {Part(p.MustDo!, "Must Do", asAt)} and {Part(p.ShouldDo!, "Should Do", null)}: {PaperLabels.OfTrajectory(total)}" +
              PaperLabels.Since(total.PercentOfTrajectory, p.LastMonth?.Total.PercentOfTrajectory, p.LastMonth?.AsAt)
            : $"{isg} had no root causes planned to be complete by {Day(asAt)}";
        var overdue = exceptions.Where(e => e.DaysOverdue > 0).ToList();
        var late = overdue.Count switch
        {
            0 => "none is overdue",
            1 => $"1 item is overdue, by {Days(overdue[0].DaysOverdue)}",
            _ => $"{overdue.Count} items are overdue, the longest by {Days(overdue.Max(e => e.DaysOverdue))}",
        };
        var offTrack = exceptions.Count - overdue.Count;
        var reported = offTrack == 0 ? "" : offTrack == 1 ? "; 1 more is reported off track" : $"; {offTrack} more are reported off track";
        var plans = exceptions.Count == 0 ? "" : $" ({exceptions.Count(e => e.HasRecoveryPlan)} of {exceptions.Count} with a recovery plan)";
        var changes = changesApproved switch
        {
            0 => "no change requests were approved this month",
            1 => "1 change request was approved this month",
            _ => $"{changesApproved} change requests were approved this month",
        };
        return $"{delivery}. {PaperLabels.Count(p.MustDoOnTrack ?? 0, "Must Do root cause is", "Must Do root causes are")} on track; {late}{reported}{plans}; {changes}.";
    }

    /// <summary>"12 of 15 Must Do root causes planned by 31 October (80.0%)", or "no Must Do root causes planned yet (2 completed early)".</summary>
    private static string Part(DeliveryFigures f, string priority, DateOnly? by)
    {
        var planned = by is { } day ? $" planned by {Day(day)}" : "";
        if (f.Planned == 0)
            return $"{f.Completed} {priority} root causes, with none{planned}" + (by is null ? " planned" : "");
        return $"{f.Completed} of {f.Planned} {priority} root causes{planned} ({PaperLabels.Percent(f.PercentOfTrajectory)})";
    }

    public static string ExecutiveSummary(Assessment a, PaperKpiSet kpis)
    {
        var mustDo = a.MustDoTotal!;
        var shouldDo = a.ShouldDoTotal!;
        var last = a.LastMonth;
        var withPlan = a.Exceptions.Count(e => e.HasRecoveryPlan);
        var text = $"At the end of {PaperLabels.Month(a.AsAt)}, {mustDo.Completed} Must Do and {shouldDo.Completed} Should Do root causes were complete against " +
                   $"{mustDo.Planned} and {shouldDo.Planned} planned: {PaperLabels.OfTrajectory(a.Total)}" +
                   $"{PaperLabels.Since(a.Total.PercentOfTrajectory, last?.Total.PercentOfTrajectory, last?.AsAt)}. " +
                   $"Must Do delivery stands at {PaperLabels.OfTrajectory(mustDo)}" +
                   $"{PaperLabels.Since(mustDo.PercentOfTrajectory, last?.MustDo.PercentOfTrajectory, last?.AsAt)}.\n\n" +
                   $"{PaperLabels.Count(a.MustDoOnTrack ?? 0, "Must Do root cause is", "Must Do root causes are")} on track; " +
                   $"{PaperLabels.Count(a.Exceptions.Count, "item is", "items are")} off track or overdue, {withPlan} with a recovery plan. ";
        text += KpiSentence(kpis) + " ";
        text += $"{PaperLabels.Count(a.ChangesApproved.Count, "change request was", "change requests were")} approved in the month.";
        return text;
    }

    /// <summary>"Of the 6 high-level KPIs, 1 shows concerning and 2 improving special-cause variation; 3 show common cause."</summary>
    public static string KpiSentence(PaperKpiSet kpis)
    {
        var high = kpis.Summary.Where(k => k.RootCause is null).ToList();
        if (high.Count == 0) return "No high-level KPI has measurements yet.";
        var concerning = high.Count(k => k.Variation is PaperVariation.ConcerningHigh or PaperVariation.ConcerningLow);
        var improving = high.Count(k => k.Variation is PaperVariation.ImprovingHigh or PaperVariation.ImprovingLow);
        return $"Of the {PaperLabels.Count(high.Count, "high-level KPI", "high-level KPIs")}, {concerning} {(concerning == 1 ? "shows" : "show")} concerning " +
               $"and {improving} improving special-cause variation.";
    }

    /// <summary>The line before the recommendation's items.</summary>
    public const string RecommendationLead = "The Trust Board is asked to:";

    /// <summary>The recommendation as the real paper writes it: what the board is asked to do first, then a Note for each thing it should know.</summary>
    public static IReadOnlyList<RecommendationItem> Recommendation(BoardAsk ask, Assessment a, PaperKpiSet kpis)
    {
        var last = a.LastMonth;
        var delivery = $"the delivery of the Quality Improvement Plan against the approved trajectory as at {PaperLabels.Date(a.AsAt)}: " +
                       $"{PaperLabels.Percent(a.Total.PercentOfTrajectory)} of the trajectory (Must Do {PaperLabels.Percent(a.MustDoTotal?.PercentOfTrajectory)})" +
                       $"{PaperLabels.Since(a.Total.PercentOfTrajectory, last?.Total.PercentOfTrajectory, last?.AsAt)}.";
        var items = new List<RecommendationItem>
        {
            new(ask, ask switch
            {
                BoardAsk.TakeAssurance => "from " + delivery,
                BoardAsk.Receive => "and discuss " + delivery,
                BoardAsk.Approve => "this report on " + delivery,
                _ => delivery,
            }),
        };
        if (a.Exceptions.Count > 0)
            items.Add(new(BoardAsk.Note, $"the {PaperLabels.Count(a.Exceptions.Count, "item", "items")} off track or overdue (section 3.5), " +
                                         $"{a.Exceptions.Count(e => e.HasRecoveryPlan)} with a recovery plan and " +
                                         $"{a.Exceptions.Count(e => e.EscalationLevel == Domain.Escalations.EscalationLevel.Ecib)} escalated to the ECIB."));
        items.Add(new(BoardAsk.Note, "what the KPIs show about the impact of the changes (section 3.4). " + KpiSentence(kpis)));
        if (a.ChangesApproved.Count > 0)
            items.Add(new(BoardAsk.Note, $"the {PaperLabels.Count(a.ChangesApproved.Count, "change", "changes")} to the plan approved by the ECIB in the month (section 3.6)."));
        return items;
    }

    public static AskProposal Ask(Assessment a, PaperKpiSet kpis) =>
        AskRule.Propose(a.Total.PercentOfTrajectory, a.Exceptions.Count, a.Exceptions.Count(e => e.HasRecoveryPlan), kpis.ConcerningHighLevel);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
