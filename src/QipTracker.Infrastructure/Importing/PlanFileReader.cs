namespace QipTracker.Infrastructure.Importing;

/// <summary>Reads a plan file as CSV or XLSX, by its extension, within the import limits.</summary>
public static class PlanFileReader
{
    public static PlanSheet Read(Stream content, string fileName, ImportLimits limits) =>
        PlanFileFormats.FromFileName(fileName) switch
        {
            PlanFileFormat.Csv => CsvPlanReader.Read(content, limits),
            PlanFileFormat.Xlsx => XlsxPlanReader.Read(content, limits),
            _ => throw new PlanFileException($"'{Path.GetFileName(fileName)}' is not a .csv or .xlsx file."),
        };
}
