using System.Globalization;
using MiniExcelLibs;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Reads the first worksheet of a plan workbook. MiniExcel yields every row from row 1, blank
/// ones included, so the position of a row is its number. A real date cell becomes yyyy-MM-dd.
/// The package is checked against the import limits first, and rows are read lazily, so reading
/// stops at the first row past the limits.
/// </summary>
internal static class XlsxPlanReader
{
    public static PlanSheet Read(Stream content, ImportLimits limits)
    {
        var seekable = content.CanSeek ? content : BoundedCopy.ToMemory(content, limits);
        WorkbookPackageGuard.Check(seekable, limits);
        try
        {
            var rows = seekable.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select((row, i) => (i + 1, (IReadOnlyList<string?>)row.Values.Select(Text).ToList()));
            return SheetBuilder.Build(rows, limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new PlanFileException("The file is not a readable Excel workbook (.xlsx).", e);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
