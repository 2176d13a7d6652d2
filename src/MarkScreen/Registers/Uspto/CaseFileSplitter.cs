using System.Buffers;

namespace MarkScreen.Registers.Uspto;

/// <summary>
/// Cuts a USPTO bulk XML stream into its &lt;case-file&gt; elements at the byte level, before any XML parsing.
/// <para>
/// Why not one XmlReader over the whole file: an XmlReader cannot resume after a well-formedness error, so a
/// single broken record would cost every record after it. Splitting first confines an error to its record, lets
/// us name the line it starts on, and keeps memory flat: only one record (plus a read-ahead chunk) is buffered,
/// whatever the file size. The tags are fixed ASCII and cannot occur inside text (a '&lt;' in text is escaped),
/// so a vectorised byte search is exact.
/// </para>
/// </summary>
internal sealed class CaseFileSplitter(Stream stream, int chunkSize = 1 << 20, int maxRecordBytes = 256 << 20) : IDisposable
{
    private static ReadOnlySpan<byte> StartTag => "<case-file>"u8;
    private static ReadOnlySpan<byte> EndTag => "</case-file>"u8;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(chunkSize * 2, 64));
    private int _filled;
    private bool _eof;

    // Line bookkeeping: _countedLines is the 1-based line number at buffer offset _countedTo.
    private int _countedTo;
    private long _countedLines = 1;

    /// <summary>Yields each record's bytes (valid until the next MoveNext) and the line it starts on, or a split error.</summary>
    public IEnumerable<Segment> Records()
    {
        var pos = 0;
        while (true)
        {
            var start = IndexOf(StartTag, pos);
            if (start < 0)
            {
                if (_eof) yield break;
                // Keep a tail that could be the beginning of a start tag cut by the chunk boundary.
                Compact(Math.Max(pos, _filled - (StartTag.Length - 1)));
                pos = 0;
                Fill();
                continue;
            }

            var line = LineAt(start);
            var scan = start + StartTag.Length;
            while (true)
            {
                var end = IndexOf(EndTag, scan);
                var nextStart = IndexOf(StartTag, scan, end < 0 ? _filled : end);
                if (nextStart >= 0)
                {
                    yield return Segment.Error(line, $"record has no </case-file> before the next <case-file> on line {LineAt(nextStart)}");
                    pos = nextStart;
                    break;
                }
                if (end >= 0)
                {
                    pos = end + EndTag.Length;
                    yield return new Segment(new ReadOnlyMemory<byte>(_buffer, start, pos - start), line, null);
                    break;
                }
                if (_eof)
                {
                    yield return Segment.Error(line, "file ends inside this record (truncated download?)");
                    yield break;
                }
                if (_filled - start >= maxRecordBytes)
                {
                    yield return Segment.Error(line, $"record is larger than {maxRecordBytes >> 20} MB; skipped");
                    pos = start + StartTag.Length;
                    break;
                }
                // Only data past what was searched can hold the tags; keep the record at the buffer's front.
                scan = Math.Max(start + StartTag.Length, _filled - (EndTag.Length - 1)) - start;
                Compact(start);
                start = 0;
                Fill();
            }
        }
    }

    private int IndexOf(ReadOnlySpan<byte> tag, int from, int to = -1)
    {
        if (to < 0) to = _filled;
        if (from >= to) return -1;
        var i = _buffer.AsSpan(from, to - from).IndexOf(tag);
        return i < 0 ? -1 : from + i;
    }

    private long LineAt(int offset)
    {
        if (offset > _countedTo)
        {
            _countedLines += _buffer.AsSpan(_countedTo, offset - _countedTo).Count((byte)'\n');
            _countedTo = offset;
        }
        return _countedLines;
    }

    /// <summary>Drops the first <paramref name="count"/> bytes of the buffer, keeping the line count right.</summary>
    private void Compact(int count)
    {
        if (count <= 0) return;
        LineAt(count);
        Buffer.BlockCopy(_buffer, count, _buffer, 0, _filled - count);
        _filled -= count;
        _countedTo -= count;
    }

    private void Fill()
    {
        if (_eof) return;
        if (_buffer.Length - _filled < chunkSize)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _filled + chunkSize));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _filled);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        var read = stream.ReadAtLeast(_buffer.AsSpan(_filled, chunkSize), chunkSize, throwOnEndOfStream: false);
        _filled += read;
        if (read < chunkSize) _eof = true;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    internal readonly record struct Segment(ReadOnlyMemory<byte> Bytes, long Line, string? SplitError)
    {
        public static Segment Error(long line, string reason) => new(default, line, reason);
    }
}
