using System.Globalization;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Turns the positional records a reader yields into a <see cref="PlanSheet"/>: the first
/// non-blank record is the header; wholly blank rows are dropped but keep their numbers.
/// Reading stops at the first record past the import limits, so a file of a million (blank)
/// rows or columns costs no more than one just over the limit.
/// </summary>
internal static class SheetBuilder
{
    public static PlanSheet Build(IEnumerable<(int Number, IReadOnlyList<string?> Cells)> records, ImportLimits limits)
    {
        IReadOnlyList<string>? header = null;
        var headerNumber = 1;
        var rows = new List<PlanSheetRow>();
        foreach (var (number, raw) in records)
        {
            if (number - headerNumber > limits.MaxRows) throw TooManyRows(limits, number);
            CheckSize(number, raw, limits);
            var cells = raw.Select(Clean).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            if (header is null)
            {
                header = cells.Select(c => c.TrimStart('\uFEFF')).ToList();
                headerNumber = number;
                continue;
            }
            rows.Add(Row(number, header, cells));
        }
        return new PlanSheet(header ?? [], rows);
    }

    /// <summary>Refuses a row wider than the column limit, or a cell longer than the field limit, naming where it is.</summary>
    public static void CheckSize(int number, IReadOnlyList<string?> cells, ImportLimits limits)
    {
        // Empty cells past the limit are let through (spreadsheets save trailing blank columns), but not without end.
        if (cells.Count > Math.Max(limits.MaxColumns, ImportLimits.EmptyColumnsTolerated)) throw TooWide(cells.Count, limits);
        for (var i = limits.MaxColumns; i < cells.Count; i++)
            if (!string.IsNullOrWhiteSpace(cells[i]))
                throw new PlanFileException($"Row {N(number)}, column {ColumnLetter(i)} has a value, but a plan may use at most {N(limits.MaxColumns)} columns " +
                                            $"({ImportLimits.Key(nameof(ImportLimits.MaxColumns))}).");
        for (var i = 0; i < cells.Count; i++)
            if (cells[i]?.Length > limits.MaxFieldLength)
                throw new PlanFileException(
                    $"Row {N(number)}, column {ColumnLetter(i)} holds {N(cells[i]!.Length)} characters; a cell may hold at most {N(limits.MaxFieldLength)} " +
                    $"({ImportLimits.Key(nameof(ImportLimits.MaxFieldLength))}).");
    }

    public static PlanFileException TooManyRows(ImportLimits limits, int? row) => new(
        $"The file has more than {N(limits.MaxRows)} rows below its header{(row is { } r ? $" (row {N(r)} is still part of the sheet)" : "")}; " +
        $"a plan may have at most {N(limits.MaxRows)} ({ImportLimits.Key(nameof(ImportLimits.MaxRows))}). If the rows below the plan are blank, delete them.");

    public static PlanFileException TooWide(int columns, ImportLimits limits) => new(
        $"The sheet is {N(columns)} columns wide (to column {ColumnLetter(columns - 1)}); a plan may use at most {N(limits.MaxColumns)} " +
        $"({ImportLimits.Key(nameof(ImportLimits.MaxColumns))}). Delete the columns to the right of the plan.");

    private static PlanSheetRow Row(int number, IReadOnlyList<string> header, List<string> cells)
    {
        var keyed = new Dictionary<string, string>(StringComparer.Ordinal);
        var unlabelled = new List<(string, string)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var name = i < header.Count ? header[i] : "";
            if (name.Length > 0 && keyed.TryAdd(name, cells[i])) continue;
            if (cells[i].Length > 0) unlabelled.Add((ColumnLetter(i), cells[i]));
        }
        return new PlanSheetRow(number, keyed, unlabelled);
    }

    private static string Clean(string? value) => FormulaGuard.Restore(value ?? "").Trim();

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>0 → A, 25 → Z, 26 → AA: the column as a spreadsheet labels it.</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
