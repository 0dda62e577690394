namespace QipTracker.Infrastructure.Importing;

public enum PlanFileFormat { Csv, Xlsx }

public static class PlanFileFormats
{
    /// <summary>The format named by a file's extension (.csv or .xlsx), or null for anything else.</summary>
    public static PlanFileFormat? FromFileName(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".csv" => PlanFileFormat.Csv,
            ".xlsx" => PlanFileFormat.Xlsx,
            _ => null,
        };

    /// <summary>The format named by a word such as "xlsx" or "CSV", or null.</summary>
    public static PlanFileFormat? FromName(string? name) => FromFileName("plan." + name?.Trim());

    public static string Extension(this PlanFileFormat format) => format == PlanFileFormat.Csv ? ".csv" : ".xlsx";

    public static string ContentType(this PlanFileFormat format) => format == PlanFileFormat.Csv
        ? "text/csv"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
