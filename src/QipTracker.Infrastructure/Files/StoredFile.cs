namespace QipTracker.Infrastructure.Files;

/// <summary>A file the store has written: its key and the number of bytes actually stored.</summary>
public sealed record StoredFile(string Key, long SizeBytes);
