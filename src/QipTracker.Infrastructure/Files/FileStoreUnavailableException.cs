namespace QipTracker.Infrastructure.Files;

/// <summary>
/// The file store (Azure Blob Storage) could not be reached or refused to work: answered as a 503 with this
/// sentence. The technical cause is the inner exception, which the store has logged; it is not shown to users.
/// </summary>
public sealed class FileStoreUnavailableException(string message, Exception inner) : Exception(message, inner);
