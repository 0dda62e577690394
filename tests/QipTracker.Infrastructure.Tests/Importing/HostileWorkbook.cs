using System.IO.Compression;
using System.Text;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Infrastructure.Tests.Importing;

/// <summary>
/// Builds the hostile workbooks a penetration test sends: a real XLSX package (the parts Excel and MiniExcel need)
/// whose sheet is written row by row straight into the zip, so a sheet of hundreds of megabytes never sits in memory.
/// </summary>
internal static class HostileWorkbook
{
    /// <summary>A workbook whose first sheet's rows are written by <paramref name="writeRows"/> (inside &lt;sheetData&gt;).</summary>
    public static byte[] Build(Action<TextWriter> writeRows)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Part(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            sheet.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            writeRows(sheet);
            sheet.Write("</sheetData></worksheet>");
        }
        return buffer.ToArray();
    }

    /// <summary>Row 1 is the plan's header: one inline-string cell per column.</summary>
    public static void Header(TextWriter sheet) => Row(sheet, 1, PlanColumns.All);

    public static void Row(TextWriter sheet, int number, IReadOnlyList<string> cells)
    {
        sheet.Write($"<row r=\"{number}\">");
        for (var i = 0; i < cells.Count; i++)
            sheet.Write($"<c r=\"{Column(i)}{number}\" t=\"inlineStr\"><is><t>{cells[i]}</t></is></c>");
        sheet.Write("</row>");
    }

    /// <summary>
    /// Rewrites the uncompressed size the zip declares for a part (in its local header and its central directory
    /// entry) without touching its data: a zip that lies about how big its content is.
    /// </summary>
    public static byte[] DeclareSize(byte[] zip, string partName, uint declared)
    {
        var name = Encoding.UTF8.GetBytes(partName);
        var patched = (byte[])zip.Clone();
        var found = 0;
        for (var i = 0; i + 46 < patched.Length; i++)
        {
            var signature = BitConverter.ToUInt32(patched, i);
            // Local file header: name at 30, uncompressed size at 22. Central directory header: name at 46, size at 24.
            var (nameAt, lengthAt, sizeAt) = signature switch { 0x04034b50 => (30, 26, 22), 0x02014b50 => (46, 28, 24), _ => (-1, 0, 0) };
            if (nameAt < 0 || BitConverter.ToUInt16(patched, i + lengthAt) != name.Length) continue;
            if (!patched.AsSpan(i + nameAt, name.Length).SequenceEqual(name)) continue;
            BitConverter.TryWriteBytes(patched.AsSpan(i + sizeAt, 4), declared);
            found++;
        }
        if (found != 2) throw new InvalidOperationException($"Expected the local and central headers of {partName}, found {found}.");
        return patched;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml.Trim());
    }

    private static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
