using System.Globalization;
using System.IO.Compression;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// An XLSX is a zip, and a zip of a few MB can unpack to gigabytes (a "zip bomb"). Before a workbook is parsed,
/// every part is checked against the import limits: first the sizes the zip declares, then the bytes each part
/// really unpacks to (a zip can lie about its sizes), stopping at the first byte over a limit.
/// </summary>
internal static class WorkbookPackageGuard
{
    /// <summary>A workbook has a few dozen parts.</summary>
    private const int MaxParts = 1000;

    /// <summary>Small parts (styles, a short sheet) pack very well and say nothing about a bomb; the ratio is checked from this size.</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    public static void Check(Stream workbook, ImportLimits limits)
    {
        var start = workbook.Position;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxParts)
                throw new PlanFileException($"The workbook has {N(zip.Entries.Count)} parts; a spreadsheet has a few dozen. It is not a plan workbook.");

            long declared = 0;
            foreach (var part in zip.Entries)
            {
                declared += part.Length;
                if (part.Length > limits.MaxUncompressedBytes || declared > limits.MaxUncompressedBytes) throw TooBig(limits);
                if (part.Length >= RatioCheckedFrom && part.Length > limits.MaxCompressionRatio * Math.Max(part.CompressedLength, 1))
                    throw new PlanFileException(
                        $"The workbook's part '{part.FullName}' is packed {N(part.Length / Math.Max(part.CompressedLength, 1))} times smaller than its content; " +
                        $"at most {N(limits.MaxCompressionRatio)} times is accepted ({ImportLimits.Key(nameof(ImportLimits.MaxCompressionRatio))}). " +
                        "Save the plan again from Excel, without its blank rows and columns.");
            }

            var buffer = new byte[81920];
            long unpacked = 0;
            foreach (var part in zip.Entries)
            {
                using var content = part.Open();
                long partBytes = 0;
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    partBytes += read;
                    unpacked += read;
                    if (partBytes > part.Length)
                        throw new PlanFileException($"The workbook's part '{part.FullName}' unpacks to more than the {N(part.Length)} bytes it declares: the file is damaged or not a real workbook.");
                    if (unpacked > limits.MaxUncompressedBytes) throw TooBig(limits);
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

    private static PlanFileException TooBig(ImportLimits limits) => new(
        $"The workbook unpacks to more than {EvidenceFileOptions.Describe(limits.MaxUncompressedBytes)} " +
        $"({ImportLimits.Key(nameof(ImportLimits.MaxUncompressedBytes))}); a plan is far smaller. Is it the right file?");

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
