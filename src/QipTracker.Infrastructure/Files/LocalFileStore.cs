namespace QipTracker.Infrastructure.Files;

/// <summary>
/// Evidence on local disk: <c>&lt;DataFolder&gt;/evidence/&lt;trustId&gt;/&lt;yyyy&gt;/&lt;random&gt;</c>. The app serves
/// only wwwroot, never this folder; files are read back only through a download that checked the
/// reader's trust. Keys have one exact shape (<see cref="StorageKeys"/>), so no key can name a path outside the
/// folder. The content type is not kept on disk: the rows that name the files keep it.
/// </summary>
public sealed class LocalFileStore(EvidenceFileOptions options, TimeProvider clock) : IFileStore
{
    // A file being written carries this suffix; it never matches the key shape, so it is never served.
    private const string PartSuffix = ".part";

    public async Task<StoredFile> SaveAsync(Guid trustId, Stream content, string contentType, CancellationToken ct = default)
    {
        var key = StorageKeys.New(trustId, clock.GetUtcNow());
        var path = PathOf(trustId, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var temp = path + PartSuffix;
        try
        {
            long size;
            await using (var file = new FileStream(temp, NewFile()))
            {
                await content.CopyToAsync(file, ct);
                file.Flush(flushToDisk: true); // the database row will say the file exists: make it true after a power cut
                size = file.Length;
            }
            File.Move(temp, path); // same folder, so the rename is atomic: a key names a whole file or nothing
            return new StoredFile(key, size);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } // keep the original error, not the clean-up's
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(Guid trustId, string key, CancellationToken ct = default)
    {
        var path = PathOf(trustId, key);
        if (!File.Exists(path)) throw new FileNotFoundException($"The stored file '{key}' is missing.", key);
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(Guid trustId, string key, CancellationToken ct = default)
    {
        var path = PathOf(trustId, key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    /// <summary>The full path of a key of this trust; anything else is refused before the disk is touched.</summary>
    private string PathOf(Guid trustId, string key)
    {
        StorageKeys.Check(trustId, key);
        var root = Path.GetFullPath(options.Folder);
        var path = Path.GetFullPath(Path.Combine(root, key));
        // The shape above already rules out "..", rooted paths and separators; this is the second lock.
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{key}' points outside the evidence folder.", nameof(key));
        return path;
    }

    private static FileStreamOptions NewFile()
    {
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous };
        // Only the app's own account may read evidence on a shared host.
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return file;
    }
}
