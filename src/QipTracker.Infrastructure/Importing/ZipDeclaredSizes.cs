using System.IO.Compression;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// The first check of any zip the app is handed (a workbook, a trust backup), before a byte is unpacked: how many
/// entries it has, how large they say they unpack to, and how tightly each is packed (a "zip bomb" packs gigabytes
/// of nothing a thousand times over). Each reader then checks the bytes really unpacked, since a zip can lie.
/// The reader words the problem for its own file.
/// </summary>
internal static class ZipDeclaredSizes
{
    /// <summary>Small entries (styles, a short sheet, a manifest) pack very well and say nothing about a bomb.</summary>
    public const long RatioCheckedFrom = 1024 * 1024;

    public abstract record Problem;
    public sealed record TooManyEntries(int Count) : Problem;
    public sealed record TooLarge : Problem;
    public sealed record PackedTooTightly(string Entry, long Ratio) : Problem;

    public static Problem? Check(ZipArchive zip, int maxEntries, long maxUnpackedBytes, int maxRatio)
    {
        if (zip.Entries.Count > maxEntries) return new TooManyEntries(zip.Entries.Count);
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (entry.Length > maxUnpackedBytes || declared > maxUnpackedBytes) return new TooLarge();
            var packed = Math.Max(entry.CompressedLength, 1);
            if (entry.Length >= RatioCheckedFrom && entry.Length > maxRatio * packed) return new PackedTooTightly(entry.FullName, entry.Length / packed);
        }
        return null;
    }
}
