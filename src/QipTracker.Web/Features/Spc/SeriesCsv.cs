using System.Globalization;
using CsvHelper;
using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Web.Features.Spc;

/// <summary>
/// Reads a KPI series from CSV with the header `period,value` (any order, any case; other columns
/// ignored), one point per row in time order. Values are invariant-culture numbers (12.5, not 12,5).
/// Blank lines are skipped but counted, so a row number is the line a spreadsheet shows.
/// </summary>
public static class SeriesCsv
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,      // row 1 is checked here like any other, so its errors name row 1
        SkipEmptyLines = false,
        Separator = ',',
    };

    /// <summary>The points, or every problem found as "row N, column: what is wrong".</summary>
    public static (IReadOnlyList<SpcInputPoint> Points, IReadOnlyList<string> Errors) Read(string text)
    {
        var points = new List<SpcInputPoint>();
        var errors = new List<string>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        int? period = null, value = null;
        var columns = 0;
        try
        {
            using var reader = CsvReader.FromText(text, Options);
            while (reader.Read())
            {
                var row = (int)reader.RowNumber;
                var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
                if (period is null)
                {
                    period = fields.FindIndex(f => f.Equals("period", StringComparison.OrdinalIgnoreCase));
                    value = fields.FindIndex(f => f.Equals("value", StringComparison.OrdinalIgnoreCase));
                    if (period < 0 || value < 0) return ([], [$"row {row}: the header must name the columns period and value, not '{string.Join(",", fields)}'"]);
                    columns = fields.Count;
                    continue;
                }
                if (fields.All(f => f.Length == 0)) continue;
                if (fields.Count > columns)
                {
                    // Most often a decimal comma: 12,5 read as a value of 12 and a stray 5 would be wrong silently.
                    errors.Add($"row {row}: {fields.Count} fields where the header has {columns}; write decimals with a point (12.5) or quote the value");
                    continue;
                }

                var label = fields.ElementAtOrDefault(period.Value) ?? "";
                var number = fields.ElementAtOrDefault(value!.Value) ?? "";
                if (label.Length == 0) errors.Add($"row {row}, period: is empty");
                else if (!firstRow.TryAdd(label, row)) errors.Add($"row {row}, period: '{label}' is also on row {firstRow[label]}");
                if (!decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
                    errors.Add($"row {row}, value: {(number.Length == 0 ? "is empty" : $"'{number}' is not a number such as 12.5")}");
                else if (label.Length > 0) points.Add(new SpcInputPoint(label, x));
            }
        }
        catch (CsvFormatException e)
        {
            return ([], [$"The CSV cannot be read: {e.Message}"]);
        }
        if (period is null) errors.Add("row 1: the file is empty; it needs the header period,value and a row per point");
        return errors.Count > 0 ? ([], errors) : (points, []);
    }
}
