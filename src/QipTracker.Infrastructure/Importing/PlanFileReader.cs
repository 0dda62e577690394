namespace QipTracker.Infrastructure.Importing;

/// <summary>Reads a plan file as CSV or XLSX, by its extension.</summary>
public static class PlanFileReader
{
    public static PlanSheet Read(Stream content, string fileName) =>
        PlanFileFormats.FromFileName(fileName) switch
        {
            PlanFileFormat.Csv => CsvPlanReader.Read(content),
            PlanFileFormat.Xlsx => XlsxPlanReader.Read(content),
            _ => throw new PlanFileException($"'{Path.GetFileName(fileName)}' is not a .csv or .xlsx file."),
        };
}
