namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// One thing wrong with a plan file: the row as a spreadsheet numbers it (header = row 1), the
/// column, and why. A problem with the file as a whole has no row.
/// </summary>
public sealed record PlanImportError(int? Row, string? Column, string Reason)
{
    public static PlanImportError InFile(string reason) => new(null, null, reason);

    public static PlanImportError At(int row, string column, string reason) => new(row, column, reason);

    /// <summary>Where the problem is, e.g. "row 5, finding_kind", or "file".</summary>
    public string Where => Row is null ? "file" : Column is null ? $"row {Row}" : $"row {Row}, {Column}";

    public override string ToString() => $"{Where}: {Reason}";
}
