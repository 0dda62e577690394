using System.Globalization;
using CsvHelper;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// Reads a measurements CSV with the header <c>kpi_code, period, value, note</c> (any order, any case; note
/// optional, other columns ignored). Values are invariant-culture numbers (12.5). Blank lines are skipped but
/// counted, so a row number is the line a spreadsheet shows.
/// </summary>
public static class MeasurementsCsv
{
    public static readonly string[] Columns = ["kpi_code", "period", "value", "note"];

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { HasHeader = false, SkipEmptyLines = false, Separator = ',' };

    public static (IReadOnlyList<MeasurementLine> Lines, IReadOnlyList<PlanImportError> Errors) Read(string text)
    {
        var lines = new List<MeasurementLine>();
        var errors = new List<PlanImportError>();
        Dictionary<string, int>? at = null;
        try
        {
            using var reader = CsvReader.FromText(text, Options);
            while (reader.Read())
            {
                var row = (int)reader.RowNumber;
                var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
                if (at is null)
                {
                    at = Columns.ToDictionary(c => c, c => fields.FindIndex(f => f.Equals(c, StringComparison.OrdinalIgnoreCase)));
                    var missing = Columns[..3].Where(c => at[c] < 0).ToList();
                    if (missing.Count > 0)
                        return ([], [PlanImportError.At(row, string.Join(", ", missing), $"the header must name the columns kpi_code, period, value (and optionally note), not '{string.Join(",", fields)}'")]);
                    continue;
                }
                if (fields.All(f => f.Length == 0)) continue;
                string Field(string column) => at[column] >= 0 ? fields.ElementAtOrDefault(at[column]) ?? "" : "";
                var valueText = Field("value");
                var parsed = decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null;
                lines.Add(new MeasurementLine(row, Field("kpi_code"), Field("period"), parsed, valueText, Field("note")));
            }
        }
        catch (CsvFormatException e)
        {
            return ([], [PlanImportError.InFile($"The CSV cannot be read: {e.Message}")]);
        }
        if (at is null) errors.Add(PlanImportError.InFile("The file is empty; it needs the header kpi_code,period,value,note and a row per measurement."));
        else if (lines.Count == 0) errors.Add(PlanImportError.InFile("The file has a header but no measurements."));
        return (lines, errors);
    }
}
