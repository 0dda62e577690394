namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// <c>manifest.json</c>, the archive's table of contents: which format and app wrote it, from which provider, which
/// trust, when, and for every other entry its size, row count (tables) and SHA-256, so damage is found before import.
/// </summary>
public sealed record BackupManifest(int FormatVersion, string AppVersion, string Provider, ManifestTrust Trust, DateTimeOffset CreatedAt,
    IReadOnlyList<ManifestEntry> Entries)
{
    /// <summary>Raise it when an archive of this version could no longer be read the same way.</summary>
    public const int CurrentFormatVersion = 1;
    public const string EntryName = "manifest.json";
}

public sealed record ManifestTrust(Guid Id, string Name);

/// <summary>A table's rows (JSON lines, with its columns) or a stored file (with the key it had in the file store).</summary>
public sealed record ManifestEntry(string Name, long Bytes, string Sha256, string? Table = null, long? Rows = null,
    IReadOnlyList<string>? Columns = null, string? FileKey = null);
