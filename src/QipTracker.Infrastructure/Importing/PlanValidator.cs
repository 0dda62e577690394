using QipTracker.Domain.Common;
using static QipTracker.Infrastructure.Importing.PlanColumns;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Validates a plan sheet without touching the database: the header, each row, then the rows
/// against each other. Pure, so every rule is unit-tested on its own.
/// </summary>
public static class PlanValidator
{
    /// <summary>Reads and validates a plan file; an unreadable file, or one past the import limits, is one file-level error.</summary>
    public static PlanValidation Validate(Stream content, string fileName, DateOnly today, ImportLimits? limits = null)
    {
        try
        {
            return Validate(PlanFileReader.Read(content, fileName, limits ?? new ImportLimits()), today);
        }
        catch (PlanFileException e)
        {
            return new PlanValidation([], [PlanImportError.InFile(e.Message)]);
        }
    }

    public static PlanValidation Validate(PlanSheet sheet, DateOnly today)
    {
        if (sheet.Header.Count == 0)
            return Fail(PlanImportError.InFile($"The file is empty: it needs a header row (row 1) with the columns {string.Join(", ", All)}, and a row per finding and root cause."));

        var errors = CheckHeader(sheet.Header);
        if (errors.Count > 0) return Fail([.. errors]);
        if (sheet.Rows.Count == 0)
            return Fail(PlanImportError.InFile("The file has a header but no data rows: there is nothing to import."));

        var validator = new PlanRowValidator(today);
        var rows = sheet.Rows.Select(r => validator.Validate(r, errors)).OfType<PlanRow>().ToList();
        PlanConsistency.Check(rows, errors);
        return errors.Count > 0
            ? new PlanValidation([], [.. errors.OrderBy(e => e.Row).ThenBy(e => ColumnOrder(e.Column))])
            : new PlanValidation(rows, []);
    }

    private static List<PlanImportError> CheckHeader(IReadOnlyList<string> header)
    {
        var errors = new List<PlanImportError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header.Where(h => h.Length > 0))
        {
            if (!All.Contains(name))
            {
                // An unknown header is quoted back printable and short, whatever the file held.
                var shown = InputText.Shorten(name);
                var meant = All.FirstOrDefault(c => c.Equals(name.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase));
                errors.Add(PlanImportError.At(1, shown, meant is null
                    ? $"'{shown}' is not a column of a plan import; the columns are {string.Join(", ", All)}"
                    : $"'{shown}' is not a column of a plan import; did you mean '{meant}'? Header names are exact"));
            }
            else if (!seen.Add(name))
                errors.Add(PlanImportError.At(1, name, $"the column '{name}' appears more than once"));
        }
        foreach (var missing in All.Where(c => Required.Contains(c) && !header.Contains(c)))
            errors.Add(PlanImportError.At(1, missing, $"the required column '{missing}' is missing"));
        return errors;
    }

    private static int ColumnOrder(string? column) => column is null ? -1 : All.IndexOf(column) is var i and >= 0 ? i : All.Count;

    private static PlanValidation Fail(params PlanImportError[] errors) => new([], errors);

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }
}
