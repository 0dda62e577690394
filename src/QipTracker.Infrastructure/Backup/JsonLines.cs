using System.Buffers;
using System.Runtime.CompilerServices;

namespace QipTracker.Infrastructure.Backup;

/// <summary>Reads a table entry line by line without ever holding more than one row, and refuses a row over the limit.</summary>
internal static class JsonLines
{
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(Stream stream, int maxRowBytes, string entry,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var line = new ArrayBufferWriter<byte>();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            int newline;
            while ((newline = chunk.Span.IndexOf((byte)'\n')) >= 0)
            {
                Append(line, chunk.Span[..newline], maxRowBytes, entry);
                if (line.WrittenCount > 0) yield return line.WrittenMemory.ToArray();
                line.ResetWrittenCount();
                chunk = chunk[(newline + 1)..];
            }
            Append(line, chunk.Span, maxRowBytes, entry);
        }
        if (line.WrittenCount > 0) yield return line.WrittenMemory.ToArray();
    }

    private static void Append(ArrayBufferWriter<byte> line, ReadOnlySpan<byte> bytes, int max, string entry)
    {
        if (line.WrittenCount + bytes.Length > max)
            throw new BackupException($"A row in '{entry}' is longer than {max} bytes ({BackupLimits.Key(nameof(BackupLimits.MaxRowBytes))}): it is not an archive this app wrote.");
        line.Write(bytes);
    }
}
