namespace QipTracker.Infrastructure.Files;

/// <summary>
/// The caller's content as a store reads it while uploading: it remembers a failure of the content itself (a
/// browser upload that broke off), so that it is reported as that, not as the store being unavailable, and it
/// counts what was read. Seeking passes through, so a seekable source is never copied.
/// </summary>
internal sealed class UploadSource(Stream inner) : Stream
{
    private readonly long _start = inner.CanSeek ? inner.Position : 0;
    private long _read;

    /// <summary>The first failure of the content itself, if any.</summary>
    public Exception? Fault { get; private set; }

    /// <summary>The bytes from the starting position to the end (a seekable source), or the bytes read (one read once).</summary>
    public long Size => inner.CanSeek ? inner.Length - _start : _read;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try { return Count(inner.Read(buffer)); }
        catch (Exception e) when (e is not OperationCanceledException) { Fault ??= e; throw; }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try { return Count(await inner.ReadAsync(buffer, cancellationToken)); }
        catch (Exception e) when (e is not OperationCanceledException) { Fault ??= e; throw; }
    }

    private int Count(int read)
    {
        _read += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
