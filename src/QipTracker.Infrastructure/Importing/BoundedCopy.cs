namespace QipTracker.Infrastructure.Importing;

/// <summary>Copies an uploaded file into memory, refusing it as soon as it passes <see cref="ImportLimits.MaxFileBytes"/>.</summary>
public static class BoundedCopy
{
    public static MemoryStream ToMemory(Stream content, ImportLimits limits)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0) Append(buffer, chunk, read, limits);
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>The same, reading asynchronously (a request body may not be read synchronously).</summary>
    public static async Task<MemoryStream> ToMemoryAsync(Stream content, ImportLimits limits, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0) Append(buffer, chunk, read, limits);
        buffer.Position = 0;
        return buffer;
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, ImportLimits limits)
    {
        if (buffer.Length + read > limits.MaxFileBytes)
            throw new PlanFileException($"The file is larger than {Files.EvidenceFileOptions.Describe(limits.MaxFileBytes)} " +
                                        $"({ImportLimits.Key(nameof(ImportLimits.MaxFileBytes))}): is it the right one?");
        buffer.Write(chunk, 0, read);
    }
}
