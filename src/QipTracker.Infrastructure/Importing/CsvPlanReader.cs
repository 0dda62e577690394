using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Reads a plan CSV (comma separated, RFC 4180 quoting). Row numbers count every line a
/// spreadsheet would show, blank ones included, and a quoted value with line breaks is one row.
/// </summary>
internal static class CsvPlanReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,        // the header is row 1 like any other: the validator reads it
        SkipEmptyLines = false,   // blank lines still count in the row numbers
        Separator = ',',
    };

    public static PlanSheet Read(Stream content, ImportLimits limits)
    {
        var bytes = BoundedCopy.ToMemory(content, limits).ToArray();
        try
        {
            using var reader = Utf8.IsValid(bytes)
                ? CsvReader.Create(bytes, Options)
                : CsvReader.FromText(WindowsLatin1.GetString(bytes), Options);
            return SheetBuilder.Build(Records(reader, limits), limits);
        }
        catch (CsvFormatException e)
        {
            throw new PlanFileException($"The CSV cannot be read: {e.Message}", e);
        }
    }

    private static IEnumerable<(int, IReadOnlyList<string?>)> Records(CsvReader reader, ImportLimits limits)
    {
        while (reader.Read())
        {
            var fields = reader.FieldCount;
            // A line of a million commas is refused on its count, before a million strings are made of it.
            if (fields > ImportLimits.EmptyColumnsTolerated && fields > limits.MaxColumns) throw SheetBuilder.TooWide(fields, limits);
            yield return ((int)reader.RowNumber, Enumerable.Range(0, fields).Select(i => (string?)reader.GetString(i)).ToList());
        }
    }

    // Excel's "CSV (Comma delimited)" saves in the Windows code page, not UTF-8: without this a
    // "£" or a curly apostrophe in a finding's text would arrive as a replacement character.
    private static readonly Encoding WindowsLatin1 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}
