namespace QipTracker.Infrastructure.Files;

/// <summary>
/// The sniffer reads an upload before it is stored, so the content must be readable twice. A
/// browser-file stream cannot seek; it is copied to a temporary file that deletes itself on close.
/// </summary>
public static class SeekableContent
{
    /// <summary>
    /// The content itself when it can seek; otherwise a copy of at most <paramref name="maxBytes"/> + 1 bytes
    /// (enough to see that it is too large) which the caller disposes.
    /// </summary>
    public static async Task<Stream> EnsureAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        if (content.CanSeek) return content;
        var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"qip-upload-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while (total <= maxBytes && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - total)), ct)) > 0)
            {
                await copy.WriteAsync(buffer.AsMemory(0, read), ct);
                total += read;
            }
            copy.Position = 0;
            return copy;
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }
}
