using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Writes plan rows in the import columns, as CSV or XLSX, every value as text (so dates and
/// references stay as typed) and every cell neutralised against formula injection.
/// </summary>
public static class PlanFileWriter
{
    public static void Write(Stream destination, IEnumerable<PlanRow> rows, PlanFileFormat format)
    {
        var cells = rows.Select(r => PlanCells.ToCells(r).Select(FormulaGuard.Neutralise).ToArray());
        if (format == PlanFileFormat.Csv) WriteCsv(destination, cells);
        else WriteXlsx(destination, cells);
    }

    public static byte[] Write(IEnumerable<PlanRow> rows, PlanFileFormat format)
    {
        using var buffer = new MemoryStream();
        Write(buffer, rows, format);
        return buffer.ToArray();
    }

    // A byte order mark, so that Excel opens the UTF-8 file with "£" and accents intact.
    private static void WriteCsv(Stream destination, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.Create(destination, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteHeader([.. PlanColumns.All]);
        foreach (var row in rows) csv.WriteRecord(row);
    }

    private static void WriteXlsx(Stream destination, IEnumerable<string[]> rows)
    {
        var sheet = rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(PlanColumns.All.Count);
            for (var i = 0; i < row.Length; i++) record[PlanColumns.All[i]] = row[i];
            return record;
        }).ToList();
        if (sheet.Count == 0) sheet.Add(PlanColumns.All.ToDictionary(c => c, _ => (object?)""));   // keeps the header of an empty plan
        destination.SaveAs(sheet, sheetName: "Plan", excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true });
    }
}
