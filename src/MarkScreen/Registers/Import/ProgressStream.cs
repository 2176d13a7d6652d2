namespace MarkScreen.Registers.Import;

/// <summary>A read-only pass-through that reports how many bytes of the underlying file have been consumed.</summary>
internal sealed class ProgressStream(Stream inner, IProgress<long>? progress) : Stream
{
    private long _lastReported;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Report();
        return n;
    }

    private void Report()
    {
        if (progress is null) return;
        var pos = inner.Position;
        if (pos - _lastReported < (1 << 20) && pos != inner.Length) return;
        _lastReported = pos;
        progress.Report(pos);
    }

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
