using System.Globalization;
using CsvHelper;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// Reads a measurements CSV with the header <c>kpi_code, period, value, note</c> (any order, any case; note
/// optional, other columns ignored). Values are invariant-culture numbers (12.5). Blank lines are skipped but
/// counted, so a row number is the line a spreadsheet shows. The import limits bound the rows, columns and
/// field length (reading stops at the first row past them), and each field is held to the input policy,
/// naming its row and column.
/// </summary>
public static class MeasurementsCsv
{
    public static readonly string[] Columns = ["kpi_code", "period", "value", "note"];

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with { HasHeader = false, SkipEmptyLines = false, Separator = ',' };

    public static (IReadOnlyList<MeasurementLine> Lines, IReadOnlyList<PlanImportError> Errors) Read(string text, ImportLimits limits)
    {
        var lines = new List<MeasurementLine>();
        var errors = new List<PlanImportError>();
        Dictionary<string, int>? at = null;
        var headerRow = 1;
        try
        {
            using var reader = CsvReader.FromText(text, Options);
            while (reader.Read())
            {
                var row = (int)reader.RowNumber;
                if (row - headerRow > limits.MaxRows)
                    return ([], [PlanImportError.InFile(
                        $"The file has more than {N(limits.MaxRows)} rows below its header; send at most {N(limits.MaxRows)} at a time ({ImportLimits.Key(nameof(ImportLimits.MaxRows))}).")]);
                if (reader.FieldCount > Math.Max(limits.MaxColumns, ImportLimits.EmptyColumnsTolerated))
                    return ([], [PlanImportError.InFile(
                        $"Row {N(row)} has {N(reader.FieldCount)} columns; at most {N(limits.MaxColumns)} are read ({ImportLimits.Key(nameof(ImportLimits.MaxColumns))}).")]);
                var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
                if (at is null)
                {
                    if (fields.All(f => f.Length == 0)) continue;
                    headerRow = row;
                    at = Columns.ToDictionary(c => c, c => fields.FindIndex(f => f.Equals(c, StringComparison.OrdinalIgnoreCase)));
                    var missing = Columns[..3].Where(c => at[c] < 0).ToList();
                    if (missing.Count > 0)
                        return ([], [PlanImportError.At(row, string.Join(", ", missing), $"the header must name the columns kpi_code, period, value (and optionally note), not {InputText.Quote(string.Join(",", fields), 200)}")]);
                    continue;
                }
                if (fields.All(f => f.Length == 0)) continue;
                string Field(string column) => at[column] >= 0 ? fields.ElementAtOrDefault(at[column]) ?? "" : "";
                var refused = false;
                foreach (var column in Columns)
                {
                    var field = Field(column);
                    var problem = field.Length > limits.MaxFieldLength
                        ? $"is {N(field.Length)} characters long; a field may hold at most {N(limits.MaxFieldLength)} ({ImportLimits.Key(nameof(ImportLimits.MaxFieldLength))})"
                        : InputText.Problem(field);
                    if (problem is null) continue;
                    errors.Add(PlanImportError.At(row, column, problem));
                    refused = true;
                }
                if (refused) continue;
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
        else if (lines.Count == 0 && errors.Count == 0) errors.Add(PlanImportError.InFile("The file has a header but no measurements."));
        return (lines, errors);
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
