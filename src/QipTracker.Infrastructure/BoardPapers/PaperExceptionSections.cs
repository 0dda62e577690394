using System.Globalization;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Exceptions a board can read: per ISG, how many are off track or overdue, how late, and how many have a
/// recovery plan; the longest overdue few in the body; the full list in an appendix.
/// </summary>
internal static class PaperExceptionSections
{
    /// <summary>How many of the longest overdue the body lists.</summary>
    public const int InBody = 10;

    public static void Summary(IPaperBody doc, Assessment a, string appendix)
    {
        var items = a.Exceptions;
        if (items.Count == 0) { doc.Text("No items are off track or overdue."); return; }
        if (a.ExceptionsByIsg is not { } byIsg) { Legacy(doc, items); return; }

        var withPlan = byIsg.Sum(e => e.WithRecoveryPlan);
        var ecib = byIsg.Sum(e => e.EscalatedToEcib);
        doc.Text($"{PaperLabels.Count(items.Count, "root cause is", "root causes are")} off track or overdue at the month end; " +
                 $"{withPlan} {(withPlan == 1 ? "has" : "have")} a recovery plan and {ecib} {(ecib == 1 ? "has" : "have")} been escalated to the ECIB.");
        Column[] columns = [new("ISG", 28), new("Off track or overdue", 14), new("Of which overdue", 14), new("Longest overdue (days)", 14), new("With a recovery plan", 15), new("Escalated to the ECIB", 15)];
        var rows = byIsg.Select(e => Row(e.Isg, e.Items, e.Overdue, e.LongestOverdueDays, e.WithRecoveryPlan, e.EscalatedToEcib, false)).ToList();
        rows.Add(Row("Total", items.Count, byIsg.Sum(e => e.Overdue), byIsg.Select(e => e.LongestOverdueDays).DefaultIfEmpty(0).Max(), withPlan, ecib, true));
        doc.Table(columns, rows);

        var longest = items.Where(e => e.DaysOverdue > 0).OrderByDescending(e => e.DaysOverdue).ThenBy(e => e.Reference, StringComparer.Ordinal).Take(InBody).ToList();
        if (longest.Count > 0)
        {
            doc.Text(longest.Count == 1 ? "The one item overdue:" : $"The {longest.Count} longest overdue:");
            Table(doc, longest, withIsg: true);
        }
        doc.Text($"The full list of {PaperLabels.Count(items.Count, "item", "items")} off track or overdue, by ISG, is in {appendix}.");
    }

    /// <summary>Every exception, ISG by ISG, worst first.</summary>
    public static void Appendix(IPaperBody doc, Assessment a, string heading)
    {
        doc.PageBreak();
        doc.Heading(1, heading);
        if (a.Exceptions.Count == 0) { doc.Text("No items are off track or overdue."); return; }
        doc.Text($"Every root cause off track or overdue as at {PaperLabels.Date(a.AsAt)}, by ISG: who owns it, how late it is, the recovery plan and how far it has been escalated.");
        foreach (var isg in a.Exceptions.GroupBy(e => e.Isg ?? "").OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (isg.Key.Length > 0) doc.Heading(2, isg.Key);
            Table(doc, [.. isg], withIsg: false);
        }
    }

    private static IReadOnlyList<Cell> Row(string isg, int items, int overdue, int longest, int withPlan, int ecib, bool bold) =>
    [
        new(isg, bold), new(items.ToString(CultureInfo.InvariantCulture), bold), new(overdue.ToString(CultureInfo.InvariantCulture), bold), new(PaperLabels.DaysOverdue(longest), bold),
        new(withPlan.ToString(CultureInfo.InvariantCulture), bold, Fill: withPlan < items ? "FAD7A0" : null), new(ecib.ToString(CultureInfo.InvariantCulture), bold),
    ];

    private static void Table(IPaperBody doc, IReadOnlyList<ExceptionItem> items, bool withIsg)
    {
        Column[] columns = withIsg
            ? [new("ISG", 12), new("Ref", 9), new("Item", 22), new("Owner", 12), new("Due", 9), new("Days late", 9), new("Recovery plan", 17), new("Escalated to", 10)]
            : [new("Ref", 10), new("Item", 24), new("Owner", 12), new("Priority", 9), new("Due", 9), new("Days late", 9), new("Recovery plan", 17), new("Escalated to", 10)];
        doc.Table(columns, items.Select(e => (IReadOnlyList<Cell>)(withIsg
            ? [e.Isg ?? PaperLabels.Nothing, e.Reference, e.Title, e.Owner, PaperLabels.ShortDate(e.Due), PaperLabels.DaysOverdue(e.DaysOverdue), e.RecoveryPlan, PaperLabels.Of(e.EscalationLevel)]
            : [e.Reference, e.Title, e.Owner, e.Priority is { } p ? PaperLabels.Of(p) : PaperLabels.Nothing, PaperLabels.ShortDate(e.Due),
                PaperLabels.DaysOverdue(e.DaysOverdue), e.RecoveryPlan, PaperLabels.Of(e.EscalationLevel)])));
    }

    /// <summary>A schema 1 paper: every exception in one table, as it was written.</summary>
    private static void Legacy(IPaperBody doc, IReadOnlyList<ExceptionItem> exceptions)
    {
        doc.Text("Root causes and actions that are off track or overdue, who owns them and what is being done.");
        Column[] columns = [new("Ref", 11), new("Item", 20), new("Owner", 12), new("Due", 11), new("Days overdue", 11), new("Recovery plan", 23), new("Escalated to", 12)];
        doc.Table(columns, exceptions.Select(e => (IReadOnlyList<Cell>)
        [
            e.Reference, e.Title, e.Owner, PaperLabels.ShortDate(e.Due), PaperLabels.DaysOverdue(e.DaysOverdue),
            e.RecoveryPlan, PaperLabels.Of(e.EscalationLevel),
        ]));
    }
}
