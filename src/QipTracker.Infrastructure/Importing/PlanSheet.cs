namespace QipTracker.Infrastructure.Importing;

/// <summary>A plan file as read, before validation: its header and its data rows, all values as text.</summary>
public sealed record PlanSheet(IReadOnlyList<string> Header, IReadOnlyList<PlanSheetRow> Rows);

/// <summary>
/// One data row keyed by header name, with its row number as a spreadsheet shows it. Values that
/// stand under no header (a blank or repeated header cell, or past the last header) are kept
/// apart by column letter, so that the validator can point at them.
/// </summary>
public sealed record PlanSheetRow(int Number, IReadOnlyDictionary<string, string> Cells, IReadOnlyList<(string Column, string Value)> Unlabelled)
{
    /// <summary>The trimmed value of a column; empty when the column is blank or absent.</summary>
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : "";
}
