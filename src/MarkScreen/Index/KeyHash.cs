namespace MarkScreen.Index;

/// <summary>
/// Hashes of keys saved in the index: stable across processes (unlike string.GetHashCode). A polynomial hash (mod 2^64,
/// odd base), because it lets all one-character deletions of a word be hashed in one pass from prefix and suffix
/// sums, instead of re-hashing the word once per deletion.
/// </summary>
internal static class KeyHash
{
    private const ulong Base = 0x100000001B3UL;

    /// <summary>
    /// The hash of <paramref name="fold"/>'s phonetic key (see PhoneticKey), where the key has three sounds or more:
    /// the index keys marks by it and the matcher looks text windows up by it, so both go through here.
    /// </summary>
    public static bool TryPhonetic(ReadOnlySpan<char> fold, out long key)
    {
        Span<char> sounds = stackalloc char[Text.PhoneticKey.MaxLength];
        var n = Text.PhoneticKey.Write(fold, sounds);
        key = n >= 3 ? Polynomial(sounds[..n]) : 0;
        return n >= 3;
    }

    /// <summary>
    /// <paramref name="key"/> made particular to a word count (1, 2, 3, or 4 for four or more). A typo or sound-alike
    /// must have as many words as the window it is found in, so the tables key every entry this way, and a window's
    /// keys meet only entries of its own word count: a deletion that exists only among marks of other word counts
    /// fails the filter instead of costing a directory read and a bucket read, and buckets hold fewer entries.
    /// </summary>
    public static long ForWords(long key, int words) => key ^ unchecked((long)((ulong)Math.Clamp(words, 1, 4) * 0x9E3779B97F4A7C15UL));

    public static long Polynomial(ReadOnlySpan<char> s)
    {
        var h = 0UL;
        foreach (var c in s) h = (h * Base) + c + 1;
        return unchecked((long)h);
    }

    /// <summary>
    /// Writes into <paramref name="output"/> the polynomial hash of <paramref name="s"/> with character i removed, for
    /// each i. Uses hash(s without i) = prefix(i)·B^(n-1-i) + suffix(i+1), where suffix(j) = Σ_{k≥j} (s[k]+1)·B^(n-1-k).
    /// </summary>
    public static void PolynomialDeletions(ReadOnlySpan<char> s, Span<long> output)
    {
        var n = s.Length;
        Span<ulong> suffix = stackalloc ulong[n + 1];
        Span<ulong> power = stackalloc ulong[n + 1];
        power[0] = 1;
        for (var k = 1; k <= n; k++) power[k] = power[k - 1] * Base;
        suffix[n] = 0;
        for (var k = n - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + ((s[k] + 1UL) * power[n - 1 - k]);
        var prefix = 0UL;
        for (var i = 0; i < n; i++)
        {
            output[i] = unchecked((long)((prefix * power[n - 1 - i]) + suffix[i + 1]));
            prefix = (prefix * Base) + s[i] + 1;
        }
    }

    /// <summary>
    /// The directory's size for <paramref name="count"/> keys: entry b is where keys whose top bits equal b begin, so a
    /// look-up is one directory read and a scan of a few fingerprints, instead of a binary search whose unpredictable
    /// branches cost more than everything else in the typo pass (measured: a quarter of all matching time). About four
    /// keys per bucket: their fingerprints share a cache line, and the directory is a quarter of the key count.
    /// </summary>
    public static int DirectoryBitsFor(int count) => Math.Max(0, DirectoryBits(count) - 2);

    /// <summary>
    /// A filter over the keys, one 64-bit word per directory bucket (about eighteen bits per key): most look-ups are
    /// for deletions that match nothing, and one read of this array answers them without touching the larger
    /// directory and key arrays.
    /// <para>
    /// Each key sets four bits of its bucket's word (a word-blocked Bloom filter), so a look-up is still one read, but
    /// a false pass needs all four set. With one bit per key and half the size (format 8 and before) one deletion in
    /// nine passed falsely: at 3M marks 14.5 of a title's 136 typo keys passed, nearly all falsely, each then costing a
    /// directory read and a bucket read (misses both, a page walk each) for nothing. Three bits at nine bits per key
    /// let 5.6 through; four at eighteen, about one in two hundred absent keys. Doubling the filter to 64 MB costs no
    /// more per read (both sizes are far past the caches) and measured 1.15 times as fast with all kinds.
    /// </para>
    /// <para>
    /// The word is the key's bucket (its top bits), the bits within it come from its fingerprint (its low 24 bits):
    /// the filter is then written in one pass over the entries in bucket order, where setting the bits key by key in
    /// random order made the 3M-mark build take 4 s longer; and shifts cost less than mixing the key first (a
    /// multiply-based mix made the filter pass slower than the reads it saved).
    /// </para>
    /// </summary>
    public static long[] Filter(ReadOnlySpan<ulong> entries, ReadOnlySpan<int> directory)
    {
        var filter = new long[directory.Length - 1];
        for (var b = 0; b < filter.Length; b++)
            for (var e = directory[b]; e < directory[b + 1]; e++) filter[b] |= FilterMask(KeyTable.FingerprintOf(entries[e]));
        return filter;
    }

    public static bool MayContain(ReadOnlySpan<long> filter, long key) => InFilterWord(FilterWord(filter, key), key);

    /// <summary>The filter word holding <paramref name="key"/>'s bits (load several, then test each with <see cref="InFilterWord"/>).</summary>
    public static long FilterWord(ReadOnlySpan<long> filter, long key) => filter[Bucket(key, FilterBits(filter))];

    /// <summary>How many top bits of a key pick its word in <paramref name="filter"/> (the word is the key's bucket): ask once for many keys.</summary>
    public static int FilterBits(ReadOnlySpan<long> filter) => System.Numerics.BitOperations.Log2((uint)filter.Length);

    public static bool InFilterWord(long word, long key)
    {
        var mask = FilterMask(Fingerprint(key));
        return (word & mask) == mask;
    }

    private static long FilterMask(uint fingerprint) =>
        (1L << (int)(fingerprint & 63)) | (1L << (int)((fingerprint >> 6) & 63)) | (1L << (int)((fingerprint >> 12) & 63)) | (1L << (int)((fingerprint >> 18) & 63));

    /// <summary>
    /// What the index stores of each key: the low 32 bits. The directory already fixed the top bits, so within a bucket
    /// two different keys share a fingerprint with odds of about one in four billion, and every candidate is verified
    /// by its real edit distance anyway; half the bytes of the full hash. Within a bucket, equal fingerprints lie side by side.
    /// </summary>
    public static uint Fingerprint(long key) => (uint)key;

    /// <summary>The range of <paramref name="key"/>'s entries in a <see cref="KeyTable"/> (empty when absent).</summary>
    public static Range Find(ReadOnlySpan<ulong> entries, ReadOnlySpan<int> directory, long key)
    {
        var fingerprint = Fingerprint(key);
        var (start, end) = BucketBounds(directory, DirectoryBitsOf(directory), key);
        while (start < end && KeyTable.FingerprintOf(entries[start]) != fingerprint) start++;
        var stop = start;
        while (stop < end && KeyTable.FingerprintOf(entries[stop]) == fingerprint) stop++;
        return start..stop;
    }

    /// <summary>How many top bits of a key pick its bucket in <paramref name="directory"/>.</summary>
    public static int DirectoryBitsOf(ReadOnlySpan<int> directory) => System.Numerics.BitOperations.Log2((uint)(directory.Length - 1));

    /// <summary>Where <paramref name="key"/>'s bucket starts and ends in the entries (<paramref name="bits"/> from <see cref="DirectoryBitsOf"/>).</summary>
    public static (int Lo, int Hi) BucketBounds(ReadOnlySpan<int> directory, int bits, long key)
    {
        var b = Bucket(key, bits);
        return (directory[b], directory[b + 1]);
    }

    public static int Bucket(long key, int bits) => bits == 0 ? 0 : (int)((ulong)key >> (64 - bits));

    private static int DirectoryBits(int count) => Math.Clamp(count <= 1 ? 0 : System.Numerics.BitOperations.Log2((uint)count - 1) + 1, 4, 26);
}
