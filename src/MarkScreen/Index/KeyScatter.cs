namespace MarkScreen.Index;

/// <summary>
/// Fills a <see cref="KeyTable"/>'s buckets (a key's top bits) from (key, payload) pairs given twice: once to count,
/// once to place. Pairs are placed into partitions of 8,192 buckets, each written in turn like a stream, and then each
/// partition is put in bucket order on its own, in the core's caches: scattering every pair straight into its bucket
/// was two cache misses a pair (the bucket counters, the entries), about half of the typo table's 4 s at 3M marks.
/// </summary>
internal sealed class KeyScatter
{
    /// <summary>Buckets per partition: their counters and a partition's entries stay in the core's caches.</summary>
    private const int FineBits = 13;

    private readonly int _bits, _fine, _fineMask;
    private readonly int[] _partitionStart;
    private int[]? _next;
    private ulong[] _packed = [];
    /// <summary>Each entry's bucket within its partition, beside it: the packed entry keeps only the key's low half.</summary>
    private ushort[] _fineBucket = [];

    /// <summary>A scatter for <paramref name="pairs"/> pairs (which sizes the directory).</summary>
    public KeyScatter(int pairs)
    {
        _bits = KeyHash.DirectoryBitsFor(pairs);
        _fine = Math.Min(_bits, FineBits);
        _fineMask = (1 << _fine) - 1;
        _partitionStart = new int[(1 << (_bits - _fine)) + 1];
    }

    /// <summary>First pass: counts a pair with <paramref name="key"/>. Every pair is counted before any is placed.</summary>
    public void Count(long key) => _partitionStart[(KeyHash.Bucket(key, _bits) >> _fine) + 1]++;

    /// <summary>Second pass: places a counted pair.</summary>
    public void Place(long key, uint payload)
    {
        if (_next is null) StartPlacing();
        var bucket = KeyHash.Bucket(key, _bits);
        var at = _next![bucket >> _fine]++;
        _packed[at] = KeyTable.Pack(key, payload);
        _fineBucket[at] = (ushort)(bucket & _fineMask);
    }

    private void StartPlacing()
    {
        for (var p = 1; p < _partitionStart.Length; p++) _partitionStart[p] += _partitionStart[p - 1];
        _next = _partitionStart[..^1];
        _packed = GC.AllocateUninitializedArray<ulong>(_partitionStart[^1]);
        _fineBucket = GC.AllocateUninitializedArray<ushort>(_packed.Length);
    }

    /// <summary>The table over the placed pairs, repeats dropped (see <see cref="KeyTable.FromBuckets"/>).</summary>
    public KeyTable ToTable()
    {
        if (_next is null) StartPlacing();
        var directory = new int[(1 << _bits) + 1];
        var counts = new int[_fineMask + 2];
        var largest = 0;
        for (var part = 0; part + 1 < _partitionStart.Length; part++) largest = Math.Max(largest, _partitionStart[part + 1] - _partitionStart[part]);
        var scratch = GC.AllocateUninitializedArray<ulong>(largest);
        for (var part = 0; part + 1 < _partitionStart.Length; part++)
        {
            int start = _partitionStart[part], end = _partitionStart[part + 1];
            Array.Clear(counts);
            for (var e = start; e < end; e++) counts[_fineBucket[e] + 1]++;
            for (var f = 1; f < counts.Length; f++) counts[f] += counts[f - 1];
            for (var f = 0; f <= _fineMask; f++) directory[(part << _fine) + f] = start + counts[f];
            for (var e = start; e < end; e++) scratch[counts[_fineBucket[e]]++] = _packed[e];
            scratch.AsSpan(0, end - start).CopyTo(_packed.AsSpan(start));
        }
        directory[^1] = _packed.Length;
        return KeyTable.FromBuckets(_packed, directory);
    }
}
