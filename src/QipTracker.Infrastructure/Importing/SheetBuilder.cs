namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Turns the positional records a reader yields into a <see cref="PlanSheet"/>: the first
/// non-blank record is the header; wholly blank rows are dropped but keep their numbers.
/// </summary>
internal static class SheetBuilder
{
    public static PlanSheet Build(IEnumerable<(int Number, IReadOnlyList<string?> Cells)> records)
    {
        IReadOnlyList<string>? header = null;
        var rows = new List<PlanSheetRow>();
        foreach (var (number, raw) in records)
        {
            var cells = raw.Select(Clean).ToList();
            if (cells.All(c => c.Length == 0)) continue;
            if (header is null)
            {
                header = cells.Select(c => c.TrimStart('\uFEFF')).ToList();
                continue;
            }
            rows.Add(Row(number, header, cells));
        }
        return new PlanSheet(header ?? [], rows);
    }

    private static PlanSheetRow Row(int number, IReadOnlyList<string> header, IReadOnlyList<string> cells)
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

    /// <summary>0 → A, 25 → Z, 26 → AA: the column as a spreadsheet labels it.</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
