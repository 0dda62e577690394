using System.Globalization;
using System.IO.Compression;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// An XLSX is a zip, and a zip of a few MB can unpack to gigabytes (a "zip bomb"). Before a workbook is parsed,
/// every part is checked against the import limits: first the sizes the zip declares (<see cref="ZipDeclaredSizes"/>), then the bytes each part
/// really unpacks to (a zip can lie about its sizes), stopping at the first byte over a limit.
/// </summary>
internal static class WorkbookPackageGuard
{
    /// <summary>A workbook has a few dozen parts.</summary>
    private const int MaxParts = 1000;

    public static void Check(Stream workbook, ImportLimits limits)
    {
        var start = workbook.Position;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            switch (ZipDeclaredSizes.Check(zip, MaxParts, limits.MaxUncompressedBytes, limits.MaxCompressionRatio))
            {
                case ZipDeclaredSizes.TooManyEntries many:
                    throw new PlanFileException($"The workbook has {N(many.Count)} parts; a spreadsheet has a few dozen. It is not a plan workbook.");
                case ZipDeclaredSizes.TooLarge:
                    throw TooBig(limits);
                case ZipDeclaredSizes.PackedTooTightly tight:
                    throw new PlanFileException(
                        $"The workbook's part '{tight.Entry}' is packed {N(tight.Ratio)} times smaller than its content; " +
                        $"at most {N(limits.MaxCompressionRatio)} times is accepted ({ImportLimits.Key(nameof(ImportLimits.MaxCompressionRatio))}). " +
                        "Save the plan again from Excel, without its blank rows and columns.");
            }

            var buffer = new byte[81920];
            long unpacked = 0;
            foreach (var part in zip.Entries)
            {
                using var content = part.Open();
                // Rows are counted on the way (a parser would first read the whole sheet to size it), so a sheet of a
                // million rows is refused here, having only been unpacked.
                var rows = part.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) ? new RowTagCounter() : null;
                long partBytes = 0;
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    partBytes += read;
                    unpacked += read;
                    if (partBytes > part.Length)
                        throw new PlanFileException($"The workbook's part '{part.FullName}' unpacks to more than the {N(part.Length)} bytes it declares: the file is damaged or not a real workbook.");
                    if (unpacked > limits.MaxUncompressedBytes) throw TooBig(limits);
                    if (rows?.Count(buffer.AsSpan(0, read)) > limits.MaxRows + 1) throw SheetBuilder.TooManyRows(limits, null);
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new PlanFileException("The file is not a readable Excel workbook (.xlsx).", e);
        }
        finally
        {
            workbook.Position = start;
        }
    }

    /// <summary>Counts &lt;row&gt; elements (prefixed or not) in a sheet's XML as it streams past, buffer by buffer.</summary>
    private sealed class RowTagCounter
    {
        private readonly byte[] _name = new byte[16];
        private int _length = -1;   // -1: not inside a tag name
        private int _count;

        public int Count(ReadOnlySpan<byte> xml)
        {
            foreach (var b in xml)
            {
                if (b == (byte)'<') { _length = 0; continue; }
                if (_length < 0) continue;
                if (b is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    if (IsRow(_name.AsSpan(0, Math.Min(_length, _name.Length)), _length)) _count++;
                    _length = -1;
                }
                else
                {
                    if (_length < _name.Length) _name[_length] = b;
                    _length++;
                }
            }
            return _count;
        }

        private static bool IsRow(ReadOnlySpan<byte> name, int length) =>
            length <= 16 && (name.SequenceEqual("row"u8) || name.EndsWith(":row"u8));
    }

    private static PlanFileException TooBig(ImportLimits limits) => new(
        $"The workbook unpacks to more than {EvidenceFileOptions.Describe(limits.MaxUncompressedBytes)} " +
        $"({ImportLimits.Key(nameof(ImportLimits.MaxUncompressedBytes))}); a plan is far smaller. Is it the right file?");

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
