using System.Globalization;

namespace QipTracker.Infrastructure.Files;

/// <summary>Where evidence files are kept (an absolute folder under the data folder) and how large one may be.</summary>
public sealed record EvidenceFileOptions(string Folder, long MaxBytes)
{
    public const string MaxBytesKey = "Evidence:MaxBytes";
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>Why a file of this size is refused, naming the file, its size and the limit; null when it fits.</summary>
    public string? RefuseSize(string fileName, long sizeBytes) =>
        sizeBytes > MaxBytes
            ? $"'{fileName}' is {Describe(sizeBytes)}, over the {Describe(MaxBytes)} limit for an evidence file."
            : null;

    /// <summary>"20 MB (20,971,520 bytes)": rounded for people, exact so that one byte over is visible.</summary>
    public static string Describe(long bytes)
    {
        var culture = CultureInfo.InvariantCulture;
        var exact = bytes.ToString("N0", culture) + (bytes == 1 ? " byte" : " bytes");
        return bytes switch
        {
            >= 1024 * 1024 => $"{(bytes / (1024d * 1024)).ToString("0.#", culture)} MB ({exact})",
            >= 1024 => $"{(bytes / 1024d).ToString("0.#", culture)} KB ({exact})",
            _ => exact,
        };
    }
}
