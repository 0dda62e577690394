namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A row of a cover sheet.</summary>
internal sealed record Field(string Name, string Value);

/// <summary>The parts the board paper and the partner pack share, worded and laid out once.</summary>
internal static class PaperSections
{
    /// <summary>A cover sheet is a form, not a data table: field names down the first column, no header row.</summary>
    public static void FieldTable(IPaperBody doc, IEnumerable<Field> fields) =>
        doc.Table([new("Field", 30), new("Detail", 70)],
            fields.Select(f => (IReadOnlyList<Cell>)[new Cell(f.Name, Bold: true, Fill: "E8EDEE"), f.Value]),
            headerRow: false);

    public static void DeliveryCharts(IPaperBody doc, Assessment assessment)
    {
        doc.Text($"Root causes completed each month, cumulative, against the approved trajectory, as at {PaperLabels.Date(assessment.AsAt)}. " +
                 "The dashed line is the current forecast.");
        doc.Chart(assessment.MustDoChart);
        doc.Chart(assessment.ShouldDoChart);
    }

    public static void DeliveryTable(IPaperBody doc, Assessment assessment)
    {
        doc.Text($"Delivery by improvement steering group (ISG) as at {PaperLabels.Date(assessment.AsAt)}. " +
                 "Percentage of trajectory achieved = root causes completed ÷ root causes planned to be complete by then; above 100% is ahead of trajectory. " +
                 "Completed counts every root cause delivered, whether completed (awaiting assurance) or assured.");
        Column[] columns =
        [
            new("ISG", 30), new("Findings covered", 14), new("Root causes identified", 14), new("Completed", 14),
            new($"Planned as at {PaperLabels.ShortDate(assessment.AsAt)}", 14), new("% of trajectory", 14),
        ];
        var rows = assessment.Isgs.Select(i => Figures(i.Isg, i.Figures, bold: false)).ToList();
        rows.Add(Figures("Total", assessment.Total, bold: true));
        doc.Table(columns, rows);
    }

    private static Cell[] Figures(string name, DeliveryFigures f, bool bold) =>
    [
        new(name, bold), new(f.FindingsCovered.ToString(), bold), new(f.RootCausesIdentified.ToString(), bold),
        new(f.Completed.ToString(), bold), new(f.Planned.ToString(), bold), new(PaperLabels.Percent(f.PercentOfTrajectory), bold),
    ];

    public static void Kpis(IPaperBody doc, IReadOnlyList<KpiSummary> kpis)
    {
        if (kpis.Count == 0) { doc.Text("No high-level KPIs have measurements yet."); return; }
        doc.Text("High-level KPIs read as statistical process control (SPC) charts. Variation: is the latest data " +
                 "common cause, or special cause improving (blue) or concerning (orange)? Assurance: will the " +
                 "process reliably meet its target (P: consistently met, F: consistently missed, ?: hit and miss)?");
        Column[] columns = [new("KPI", 26), new("ISG", 14), new("Latest period", 11), new("Latest value", 11), new("Target", 9), new("Variation", 15), new("Assurance", 14)];
        doc.Table(columns, kpis.Select(k =>
        {
            var variation = SpcIcon.Of(k.Variation);
            var assurance = SpcIcon.Of(k.Assurance);
            return (IReadOnlyList<Cell>)
            [
                k.Name, k.Isg, k.LatestPeriod, PaperLabels.Measure(k.LatestValue, k.Unit),
                k.Target is { } target ? PaperLabels.Measure(target, k.Unit) : PaperLabels.Nothing,
                new Cell(variation.Label, Fill: variation.Fill, Symbol: variation.Symbol),
                new Cell(assurance.Label, Fill: assurance.Fill, Symbol: assurance.Symbol),
            ];
        }));
    }

    public static void Exceptions(IPaperBody doc, IReadOnlyList<ExceptionItem> exceptions)
    {
        if (exceptions.Count == 0) { doc.Text("No items are off track or overdue."); return; }
        doc.Text("Root causes and actions that are off track or overdue, who owns them and what is being done.");
        Column[] columns = [new("Ref", 11), new("Item", 20), new("Owner", 12), new("Due", 11), new("Days overdue", 11), new("Recovery plan", 23), new("Escalated to", 12)];
        doc.Table(columns, exceptions.Select(e => (IReadOnlyList<Cell>)
        [
            e.Reference, e.Title, e.Owner, PaperLabels.ShortDate(e.Due), PaperLabels.DaysOverdue(e.DaysOverdue),
            e.RecoveryPlan, PaperLabels.Of(e.EscalationLevel),
        ]));
    }
}
