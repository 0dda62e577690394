using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// An archive opened for restore, checked before anything is written: a readable zip within the limits (the sizes it
/// declares, then the bytes it really unpacks to — a zip can lie), a manifest of a known format, exactly the entries
/// the manifest lists, and every entry's SHA-256 as the manifest says.
/// </summary>
public sealed class TrustArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly BackupLimits _limits;

    public BackupManifest Manifest { get; }

    private TrustArchive(ZipArchive zip, BackupLimits limits, BackupManifest manifest)
    {
        _zip = zip;
        _limits = limits;
        Manifest = manifest;
    }

    public static async Task<TrustArchive> OpenAsync(Stream file, BackupLimits limits, CancellationToken ct)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException e) { throw new BackupException("The file is not a readable zip archive: it is damaged or not a trust backup.", e); }
        try
        {
            CheckDeclaredSizes(zip, limits);
            var manifest = await ReadManifestAsync(zip, limits, ct);
            var archive = new TrustArchive(zip, limits, manifest);
            await archive.CheckEntriesAsync(ct);
            return archive;
        }
        catch (InvalidDataException e)
        {
            zip.Dispose();
            throw new BackupException("The archive is damaged: an entry cannot be unpacked.", e);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>An entry's content, read through its checks again: it cannot unpack to more than the manifest says.</summary>
    internal HashingStream Open(ManifestEntry entry) =>
        new(_zip.GetEntry(entry.Name)!.Open(), entry.Bytes, _ => Damaged($"the entry '{entry.Name}' unpacks to more bytes than the manifest says"));

    public void Dispose() => _zip.Dispose();

    private static void CheckDeclaredSizes(ZipArchive zip, BackupLimits limits)
    {
        switch (ZipDeclaredSizes.Check(zip, limits.MaxEntries, limits.MaxUncompressedBytes, limits.MaxCompressionRatio))
        {
            case ZipDeclaredSizes.TooManyEntries many:
                throw new BackupException($"The archive has {N(many.Count)} entries; at most {N(limits.MaxEntries)} are accepted ({BackupLimits.Key(nameof(BackupLimits.MaxEntries))}).");
            case ZipDeclaredSizes.TooLarge:
                throw TooBig(limits);
            case ZipDeclaredSizes.PackedTooTightly tight:
                throw new BackupException(
                    $"The archive's entry '{tight.Entry}' is packed {N(tight.Ratio)} times smaller than its content; " +
                    $"at most {N(limits.MaxCompressionRatio)} times is accepted (Import:MaxCompressionRatio). It is not an archive this app wrote.");
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, BackupLimits limits, CancellationToken ct)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName)
            ?? throw new BackupException($"The archive has no {BackupManifest.EntryName}: it is not a trust backup, or it is incomplete.");
        if (entry.Length > limits.MaxManifestBytes)
            throw new BackupException($"The archive's {BackupManifest.EntryName} is larger than {EvidenceFileOptions.Describe(limits.MaxManifestBytes)}: it is not one this app wrote.");
        await using var content = new HashingStream(await entry.OpenAsync(ct), entry.Length, _ => Damaged($"{BackupManifest.EntryName} unpacks to more bytes than it declares"));
        BackupManifest? manifest;
        try
        {
            using var document = await JsonDocument.ParseAsync(content, cancellationToken: ct);
            if (!document.RootElement.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var number))
                throw new BackupException($"The archive's {BackupManifest.EntryName} does not say its format version: it is not a trust backup.");
            if (number != BackupManifest.CurrentFormatVersion)
                throw new BackupException($"The archive is in backup format version {number}; this app reads version {BackupManifest.CurrentFormatVersion}. " +
                                          "Restore it with the app version that wrote it (the manifest names it).");
            manifest = document.RootElement.Deserialize<BackupManifest>(BackupJson.Manifest);
        }
        catch (JsonException e)
        {
            throw new BackupException($"The archive's {BackupManifest.EntryName} is not valid JSON: the archive is damaged.", e);
        }
        if (manifest?.Trust is null || manifest.Entries is null || manifest.Entries.Any(e => e?.Name is null || e.Sha256 is null))
            throw new BackupException($"The archive's {BackupManifest.EntryName} lacks the trust or its entries: the archive is damaged.");
        return manifest;
    }

    // Every listed entry is there and nothing else is; each unpacks to exactly its bytes with its SHA-256.
    private async Task CheckEntriesAsync(CancellationToken ct)
    {
        var listed = Manifest.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        if (listed.Count != Manifest.Entries.Count) throw Damaged("the manifest lists an entry twice");
        if (_zip.Entries.FirstOrDefault(e => e.FullName != BackupManifest.EntryName && !listed.Contains(e.FullName)) is { } extra)
            throw Damaged($"it holds '{extra.FullName}', which the manifest does not list");
        long unpacked = 0;
        var buffer = new byte[81920];
        foreach (var entry in Manifest.Entries)
        {
            if (_zip.GetEntry(entry.Name) is null) throw Damaged($"the entry '{entry.Name}' that the manifest lists is missing");
            await using var content = Open(entry);
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
                if ((unpacked += read) > _limits.MaxUncompressedBytes) throw TooBig(_limits);
            if (content.Count != entry.Bytes || !string.Equals(content.Sha256(), entry.Sha256, StringComparison.OrdinalIgnoreCase))
                throw Damaged($"the entry '{entry.Name}' does not match its checksum in the manifest");
        }
    }

    private static BackupException Damaged(string what) => new($"The archive is damaged: {what}. Nothing was imported.");

    private static BackupException TooBig(BackupLimits limits) => new(
        $"The archive unpacks to more than {EvidenceFileOptions.Describe(limits.MaxUncompressedBytes)} " +
        $"({BackupLimits.Key(nameof(BackupLimits.MaxUncompressedBytes))}). Raise the limit if the trust really is that large.");

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
