using System.Globalization;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A row of a cover sheet.</summary>
internal sealed record Field(string Name, string Value);

/// <summary>The delivery parts the board paper and the partner pack share, worded and laid out once.</summary>
internal static class PaperSections
{
    /// <summary>A cover sheet is a form, not a data table: field names down the first column, no header row.</summary>
    public static void FieldTable(IPaperBody doc, IEnumerable<Field> fields) =>
        doc.Table([new("Field", 30), new("Detail", 70)],
            fields.Select(f => (IReadOnlyList<Cell>)[new Cell(f.Name, Bold: true, Fill: "E8EDEE"), f.Value]),
            headerRow: false);

    public static void DeliveryCharts(IPaperBody doc, Assessment assessment)
    {
        doc.Text($"Root causes completed each month, cumulative, against the approved trajectory, as at {PaperLabels.Date(assessment.AsAt)}: " +
                 "Must Do first, then Should Do. The dashed line is the current forecast.");
        doc.Chart(assessment.MustDoChart);
        doc.Chart(assessment.ShouldDoChart);
    }

    /// <summary>The delivery table by ISG: Must Do and Should Do side by side (a schema 1 paper: both together) and a total row.</summary>
    public static void DeliveryTable(IPaperBody doc, Assessment a)
    {
        if (a.MustDoTotal is not { } mustDo || a.ShouldDoTotal is not { } shouldDo || a.Isgs.Any(i => i.MustDo is null || i.ShouldDo is null))
        {
            doc.Text($"Delivery by improvement steering group (ISG) as at {PaperLabels.Date(a.AsAt)}. " +
                     "Percentage of trajectory achieved = root causes completed ÷ root causes planned to be complete by then; above 100% is ahead of trajectory. " +
                     "Completed counts every root cause delivered, whether completed (awaiting assurance) or assured.");
            Column[] legacy =
            [
                new("ISG", 30), new("Findings covered", 14), new("Root causes identified", 14), new("Completed", 14),
                new($"Planned as at {PaperLabels.ShortDate(a.AsAt)}", 14), new("% of trajectory", 14),
            ];
            doc.Table(legacy, a.Isgs.Select(i => Figures(i.Isg, i.Figures, bold: false)).Append(Figures("Total", a.Total, bold: true)));
            return;
        }

        doc.Text($"Delivery by improvement steering group (ISG) as at {PaperLabels.Date(a.AsAt)}, Must Do and Should Do apart: the findings each ISG " +
                 "addresses, the root causes they were unpacked into, and the root causes closed (completed) against the target, the number planned " +
                 $"to be complete by {PaperLabels.Date(a.AsAt)}. % = percentage of trajectory achieved, closed ÷ target; above 100% is ahead of trajectory. " +
                 "Closed counts every root cause delivered, whether completed (awaiting assurance) or assured.");
        // Short headings, explained above: eleven columns must fit a portrait page without breaking a word.
        Column[] columns =
        [
            new("ISG", 14),
            new("Findings", 10), new("Root causes", 8), new("Closed", 8), new("Target", 8), new("%", 9),
            new("Findings", 10), new("Root causes", 8), new("Closed", 8), new("Target", 8), new("%", 9),
        ];
        var rows = a.Isgs.Select(i => (IReadOnlyList<Cell>)[new Cell(i.Isg), .. Five(i.MustDo!, false), .. Five(i.ShouldDo!, false)]).ToList();
        rows.Add([new Cell("Total", Bold: true), .. Five(mustDo, true), .. Five(shouldDo, true)]);
        doc.Table(columns, rows, groups: [new("", 1), new("Must Do", 5), new("Should Do", 5)]);
    }

    /// <summary>This month against last month, per ISG and in total, with the Must Do root causes on track.</summary>
    public static void MonthOnMonth(IPaperBody doc, Assessment a)
    {
        if (a.LastMonth is not { } last || a.MustDoTotal is not { } mustDo) return;
        var before = PaperLabels.ShortMonth(last.AsAt);
        var now = PaperLabels.ShortMonth(a.AsAt);
        doc.Text($"Percentage of trajectory achieved at the end of {PaperLabels.Month(a.AsAt)} against the end of {PaperLabels.Month(last.AsAt)} " +
                 "(change in percentage points), and the Must Do root causes on track: open, not overdue and not reported off track.");
        Column[] columns =
        [
            new("ISG", 22), new(before, 10), new(now, 10), new("Change", 10), new(before, 10), new(now, 10), new("Change", 10), new("Must Do on track", 14),
        ];
        var rows = a.Isgs.Select(i => Trend(i.Isg, i.MustDo, i.Figures, i.LastMonth, i.MustDoOnTrack, bold: false)).ToList();
        rows.Add(Trend("Total", mustDo, a.Total, last, a.MustDoOnTrack, bold: true));
        doc.Table(columns, rows, groups: [new("", 1), new("Must Do: % of trajectory", 3), new("All root causes: % of trajectory", 3), new("", 1)]);
    }

    private static IReadOnlyList<Cell> Trend(string name, DeliveryFigures? mustDo, DeliveryFigures total, MonthFigures? last, int? onTrack, bool bold) =>
    [
        new(name, bold),
        new(PaperLabels.Percent(last?.MustDo.PercentOfTrajectory), bold), new(PaperLabels.Percent(mustDo?.PercentOfTrajectory), bold),
        new(PaperLabels.ChangeShort(mustDo?.PercentOfTrajectory, last?.MustDo.PercentOfTrajectory), bold),
        new(PaperLabels.Percent(last?.Total.PercentOfTrajectory), bold), new(PaperLabels.Percent(total.PercentOfTrajectory), bold),
        new(PaperLabels.ChangeShort(total.PercentOfTrajectory, last?.Total.PercentOfTrajectory), bold),
        new(onTrack?.ToString(CultureInfo.InvariantCulture) ?? PaperLabels.Nothing, bold),
    ];

    private static Cell[] Five(DeliveryFigures f, bool bold) =>
    [
        new(f.FindingsCovered.ToString(CultureInfo.InvariantCulture), bold), new(f.RootCausesIdentified.ToString(CultureInfo.InvariantCulture), bold),
        new(f.Completed.ToString(CultureInfo.InvariantCulture), bold), new(f.Planned.ToString(CultureInfo.InvariantCulture), bold), new(PaperLabels.Percent(f.PercentOfTrajectory), bold),
    ];

    private static Cell[] Figures(string name, DeliveryFigures f, bool bold) =>
    [
        new(name, bold), new(f.FindingsCovered.ToString(CultureInfo.InvariantCulture), bold), new(f.RootCausesIdentified.ToString(CultureInfo.InvariantCulture), bold),
        new(f.Completed.ToString(CultureInfo.InvariantCulture), bold), new(f.Planned.ToString(CultureInfo.InvariantCulture), bold), new(PaperLabels.Percent(f.PercentOfTrajectory), bold),
    ];

    /// <summary>"22 of 26 (84.6%)".</summary>
    public static string OfPlanned(DeliveryFigures f) => $"{f.Completed} of {f.Planned} ({PaperLabels.Percent(f.PercentOfTrajectory)})";

}
