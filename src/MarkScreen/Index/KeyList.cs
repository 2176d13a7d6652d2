namespace MarkScreen.Index;

/// <summary>
/// (key, pattern) pairs for the typo and sound-alike tables, gathered in two flat arrays and turned into a
/// <see cref="KeyTable"/> by a counting sort on the directory bucket (the key's top bits): the look-up only needs a
/// bucket's entries together with equal fingerprints side by side, not a total order. At 3M marks there are about 30M
/// pairs; the comparison sort this replaces was a sixth of the build.
/// </summary>
internal sealed class KeyList(int capacity)
{
    private ulong[] _keys = GC.AllocateUninitializedArray<ulong>(Math.Max(16, capacity));
    private int[] _patterns = GC.AllocateUninitializedArray<int>(Math.Max(16, capacity));

    public int Count { get; private set; }

    public void Add(long key, int pattern)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _patterns, _patterns.Length * 2);
        }
        _keys[Count] = unchecked((ulong)key);
        _patterns[Count] = pattern;
        Count++;
    }

    /// <summary>The look-up table over the pairs, repeats dropped. The list is spent afterwards.</summary>
    public KeyTable ToTable()
    {
        var bits = KeyHash.DirectoryBitsFor(Count);
        var buckets = 1 << bits;
        var directory = new int[buckets + 1];
        for (var i = 0; i < Count; i++) directory[KeyHash.Bucket(unchecked((long)_keys[i]), bits) + 1]++;
        for (var b = 1; b <= buckets; b++) directory[b] += directory[b - 1];

        // Scatter (fingerprint, pattern) packed in one word, so that sorting a bucket sorts both and repeats are equal words.
        var next = directory[..^1];
        var packed = GC.AllocateUninitializedArray<ulong>(Count);
        for (var i = 0; i < Count; i++)
        {
            var key = unchecked((long)_keys[i]);
            packed[next[KeyHash.Bucket(key, bits)]++] = KeyTable.Pack(key, _patterns[i]);
        }
        _keys = [];
        _patterns = [];

        return KeyTable.FromBuckets(packed, directory);
    }
}

/// <summary>
/// A typo or sound-alike table as the index stores it: entries grouped by directory bucket, each a key's fingerprint
/// and one of its patterns in one word (fingerprint &lt;&lt; 32 | pattern, so equal fingerprints lie side by side), the
/// bucket directory and a bit filter (see <see cref="KeyHash"/>). Fingerprint and pattern share a word because a
/// look-up needs both: kept apart they were two cache misses per key.
/// </summary>
internal sealed record KeyTable(ulong[] Entries, int[] Directory, long[] Filter)
{
    /// <summary>
    /// The table from (fingerprint &lt;&lt; 32 | pattern) words scattered into their buckets (<paramref name="directory"/>
    /// holding each bucket's start, and the total at the end): sorts each bucket, drops repeats, and rewrites the
    /// directory for the compacted entries.
    /// </summary>
    public static KeyTable FromBuckets(ulong[] packed, int[] directory)
    {
        var buckets = directory.Length - 1;
        var n = 0;
        for (var b = 0; b < buckets; b++)
        {
            var bucket = packed.AsSpan(directory[b], directory[b + 1] - directory[b]);
            directory[b] = n;
            if (bucket.Length > 1) bucket.Sort();
            for (var i = 0; i < bucket.Length; i++)
                if (i == 0 || bucket[i] != bucket[i - 1]) packed[n++] = bucket[i];
        }
        directory[buckets] = n;
        Array.Resize(ref packed, n);
        return new KeyTable(packed, directory, KeyHash.Filter(packed));
    }

    public static ulong Pack(long key, int pattern) => ((ulong)KeyHash.Fingerprint(key) << 32) | (uint)pattern;

    public static uint FingerprintOf(ulong entry) => (uint)(entry >> 32);

    public static int PatternOf(ulong entry) => (int)(uint)entry;
}
