using Microsoft.Extensions.Configuration;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// How big an archive may unpack to, from the <c>Backup</c> section. The archive is a zip like an XLSX, guarded the
/// same way as the plan import guards a workbook (<see cref="ImportLimits"/>): the sizes the zip declares first, then
/// the bytes really unpacked, with the import's compression ratio; the sizes are larger, since evidence files travel too.
/// </summary>
public sealed record BackupLimits
{
    public const string Section = "Backup";

    /// <summary>Entries: one a table (a few dozen) plus one a stored file.</summary>
    public int MaxEntries { get; init; } = 200_000;

    /// <summary>Bytes all the entries may unpack to together.</summary>
    public long MaxUncompressedBytes { get; init; } = 50L * 1024 * 1024 * 1024;

    /// <summary>Bytes one row (one line of JSON) may have; a generated paper's frozen content is the largest, far below this.</summary>
    public int MaxRowBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Bytes the manifest may have.</summary>
    public int MaxManifestBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>How many times smaller than its content an entry may be packed: the plan import's limit.</summary>
    public int MaxCompressionRatio { get; init; } = new ImportLimits().MaxCompressionRatio;

    public static string Key(string name) => $"{Section}:{name}";

    public static BackupLimits From(IConfiguration config, ImportLimits import)
    {
        var defaults = new BackupLimits();
        var section = config.GetSection(Section);
        return new BackupLimits
        {
            MaxEntries = (int)SettingNumber.Read(section, nameof(MaxEntries), defaults.MaxEntries, 10, 10_000_000),
            MaxUncompressedBytes = SettingNumber.Read(section, nameof(MaxUncompressedBytes), defaults.MaxUncompressedBytes, 1024, long.MaxValue / 2),
            MaxRowBytes = (int)SettingNumber.Read(section, nameof(MaxRowBytes), defaults.MaxRowBytes, 1024, int.MaxValue / 2),
            MaxManifestBytes = (int)SettingNumber.Read(section, nameof(MaxManifestBytes), defaults.MaxManifestBytes, 1024, int.MaxValue / 2),
            MaxCompressionRatio = import.MaxCompressionRatio,
        };
    }

}
