namespace MarkScreen.Index;

/// <summary>
/// (key, pattern) pairs for the sound-alike table, gathered in two flat arrays and turned into a <see cref="KeyTable"/>
/// by <see cref="KeyScatter"/>'s counting sort on the directory bucket (the key's top bits): the look-up only needs a
/// bucket's entries together with equal fingerprints side by side, not a total order. (A comparison sort of the
/// pairs, when the typo keys went through here too, was a sixth of a 3M-mark build.)
/// </summary>
internal sealed class KeyList(int capacity)
{
    private ulong[] _keys = GC.AllocateUninitializedArray<ulong>(Math.Max(16, capacity));
    private uint[] _payloads = GC.AllocateUninitializedArray<uint>(Math.Max(16, capacity));

    public int Count { get; private set; }

    /// <summary>Adds a key with its payload (see <see cref="KeyTable.Payload"/>).</summary>
    public void Add(long key, uint payload)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _payloads, _payloads.Length * 2);
        }
        _keys[Count] = unchecked((ulong)key);
        _payloads[Count] = payload;
        Count++;
    }

    /// <summary>The look-up table over the pairs, repeats dropped. The list is spent afterwards.</summary>
    public KeyTable ToTable()
    {
        var scatter = new KeyScatter(Count);
        for (var i = 0; i < Count; i++) scatter.Count(unchecked((long)_keys[i]));
        for (var i = 0; i < Count; i++) scatter.Place(unchecked((long)_keys[i]), _payloads[i]);
        _keys = [];
        _payloads = [];
        return scatter.ToTable();
    }
}

/// <summary>
/// A typo or sound-alike table as the index stores it: entries grouped by directory bucket, each a key's fingerprint
/// and a payload in one word (fingerprint &lt;&lt; 32 | payload, so equal fingerprints lie side by side), the bucket
/// directory and a bit filter (see <see cref="KeyHash"/>). The payload is the pattern with its skeleton length and word
/// count: a look-up needs all of them, and the length and word count reject most candidates before anything else of
/// theirs is read (each read a cache miss).
/// </summary>
internal sealed record KeyTable(ArraySegment<ulong> Entries, int[] Directory, long[] Filter)
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
        // The repeats dropped are few: the entries stay in their array rather than be copied (219 MB at 3M marks,
        // every page of the copy faulted in fresh).
        var entries = new ArraySegment<ulong>(packed, 0, n);
        return new KeyTable(entries, directory, KeyHash.Filter(entries, directory));
    }

    public static ulong Pack(long key, uint payload) => ((ulong)KeyHash.Fingerprint(key) << 32) | payload;

    /// <summary>Patterns a payload can name: 24 bits.</summary>
    public const int MaxPatterns = 1 << 24;

    /// <summary>The pattern (24 bits), its skeleton length (6 bits, 63 standing for 63 or more) and word count (2 bits, 4 for 4 or more).</summary>
    public static uint Payload(int pattern, int length, int words)
    {
        if ((uint)pattern >= MaxPatterns) throw new InvalidOperationException($"pattern {pattern}: a key table names at most {MaxPatterns:N0} distinct mark spellings");
        return (uint)pattern | ((uint)Math.Min(length, 63) << 24) | ((uint)(Math.Clamp(words, 1, 4) - 1) << 30);
    }

    public static uint FingerprintOf(ulong entry) => (uint)(entry >> 32);

    public static int PatternOf(ulong entry) => (int)(entry & (MaxPatterns - 1));

    public static int LengthOf(ulong entry) => (int)((entry >> 24) & 63);

    public static int WordsOf(ulong entry) => (int)((entry >> 30) & 3) + 1;
}
