namespace QipTracker.Infrastructure.Files;

/// <summary>
/// Where evidence files live, outside the web root and outside the database. Keys are made by the
/// store, never from a client's file name, and every key belongs to one trust: a key of another
/// trust, or one that would reach outside the store, is refused.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content as a new file of the trust. If it fails part-way, nothing is left behind.</summary>
    Task<StoredFile> SaveAsync(Guid trustId, Stream content, CancellationToken ct = default);

    /// <summary>Opens a stored file to read; <see cref="FileNotFoundException"/> when it is not there.</summary>
    Task<Stream> OpenReadAsync(Guid trustId, string key, CancellationToken ct = default);

    /// <summary>Removes a stored file; removing one that is already gone is not an error.</summary>
    Task DeleteAsync(Guid trustId, string key, CancellationToken ct = default);
}
