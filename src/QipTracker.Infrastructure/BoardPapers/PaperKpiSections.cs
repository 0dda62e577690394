namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Are the changes having an impact? The KPIs the Making Data Count way: a one-page icon summary of every KPI,
/// then each ISG's high-level KPIs as small XmR charts with their icons and the notes of what changed.
/// </summary>
internal static class PaperKpiSections
{
    public static void Kpis(IPaperBody doc, Assessment a, string numbering)
    {
        var kpis = a.Kpis;
        if (kpis.Count == 0) { doc.Text("No KPIs have measurements yet."); return; }
        if (kpis.Any(k => k.Code is null)) { Legacy(doc, kpis); return; }

        doc.Text("Each KPI is read as a statistical process control (SPC) chart. Variation: is the latest data common cause (grey), " +
                 "or special cause improving (blue) or concerning (orange), high (H) or low (L)? Assurance: will the process reliably " +
                 "meet its target (P: consistently met, F: consistently missed, ?: hit and miss)? Concerns come first within each ISG.");
        IconTable(doc, "High-level KPIs", kpis.Where(k => k.RootCause is null).ToList());
        var rootCauseKpis = kpis.Where(k => k.RootCause is not null).ToList();
        if (rootCauseKpis.Count > 0) IconTable(doc, "Root-cause KPIs (does the fix work?)", rootCauseKpis);

        if (a.KpiCharts is not { Count: > 0 } charts) return;
        doc.Text("The high-level KPIs of each ISG as XmR charts: mean (solid), process limits (dashed), target (red), special-cause points " +
                 "coloured; a numbered dotted line marks a dated note of what changed.");
        var number = 0;
        foreach (var isg in charts.GroupBy(c => c.Isg))
        {
            doc.Heading(3, $"{numbering}.{++number} {isg.Key}");
            doc.Figures([.. isg.Select(Figure)], perRow: 2);
        }
    }

    private static void IconTable(IPaperBody doc, string title, List<KpiSummary> kpis)
    {
        if (kpis.Count == 0) return;
        Column[] columns =
        [
            new(title, 27), new("ISG", 13), new("Latest", 11), new("Target", 8), new("Mean", 8), new("Process limits", 11),
            new("Variation", 11), new("Assurance", 11),
        ];
        doc.Table(columns, kpis.Select(k =>
        {
            var variation = SpcIcon.Of(k.Variation);
            var assurance = SpcIcon.Of(k.Assurance);
            return (IReadOnlyList<Cell>)
            [
                $"{k.Code} {k.Name}" + (k.RootCause is { } rc ? $" ({rc})" : k.Domain is { } d ? $" ({PaperLabels.Of(d)})" : ""),
                k.Isg, $"{PaperLabels.Measure(k.LatestValue, k.Unit)}\n{k.LatestPeriod}",
                k.Target is { } target ? PaperLabels.Measure(target, k.Unit) : PaperLabels.Nothing,
                k.Mean is { } mean ? PaperLabels.Measure(Math.Round(mean, 2), k.Unit) : PaperLabels.Nothing,
                k.LowerLimit is { } low && k.UpperLimit is { } high ? $"{PaperLabels.Number(Math.Round(low, 2))} to {PaperLabels.Number(Math.Round(high, 2))}" : PaperLabels.Nothing,
                new Cell(variation.Label, Icons: [variation]),
                new Cell(assurance.Label, Icons: [assurance]),
            ];
        }));
    }

    private static PaperFigure Figure(SpcChart chart)
    {
        var notes = chart.Notes.Select(n => $"{n.Number}. {PaperLabels.ShortDate(n.On)}: {n.Text}" + (n.PointIndex is null ? " (no measurement for that period yet)" : ""));
        return new PaperFigure($"{chart.Code} {chart.Name}", ChartAltText.Of(chart), (r, size) => r.RenderPng(chart, size), Aspect: 1.45,
            Icons: [SpcIcon.Of(chart.Variation), SpcIcon.Of(chart.Assurance)],
            Note: chart.Notes.Count == 0 ? null : string.Join("\n", notes));
    }

    /// <summary>A schema 1 paper: the table it was written with.</summary>
    private static void Legacy(IPaperBody doc, IReadOnlyList<KpiSummary> kpis)
    {
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
}
