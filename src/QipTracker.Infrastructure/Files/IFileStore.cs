namespace QipTracker.Infrastructure.Files;

/// <summary>
/// Where the app's files live (evidence and generated papers), outside the web root and outside the database:
/// a local folder (<see cref="LocalFileStore"/>) or Azure Blob Storage (<see cref="AzureBlobFileStore"/>). Keys
/// are made by the store (<see cref="StorageKeys"/>), never from a client's file name, and every key belongs to
/// one trust: a key of another trust, or one that would reach outside the store, is refused.
/// A store that cannot be reached throws <see cref="FileStoreUnavailableException"/>.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores the content, read from its current position, as a new file of the trust; the content type is kept
    /// with the file where the store can keep it. If it fails part-way, nothing is left behind.
    /// </summary>
    Task<StoredFile> SaveAsync(Guid trustId, Stream content, string contentType, CancellationToken ct = default);

    /// <summary>Stores content whose type the caller keeps elsewhere.</summary>
    Task<StoredFile> SaveAsync(Guid trustId, Stream content, CancellationToken ct = default) =>
        SaveAsync(trustId, content, "application/octet-stream", ct);

    /// <summary>Opens a stored file to read; <see cref="FileNotFoundException"/> when it is not there.</summary>
    Task<Stream> OpenReadAsync(Guid trustId, string key, CancellationToken ct = default);

    /// <summary>Removes a stored file; removing one that is already gone is not an error.</summary>
    Task DeleteAsync(Guid trustId, string key, CancellationToken ct = default);
}
