namespace MarkScreen.Index;

/// <summary>
/// The typo table: SymSpell's symmetric delete, one deep. A mark's skeleton and each of its one-character deletions
/// are keys; a text word whose skeleton or one deletion of it hits the same key is a candidate, and verification
/// measures the real distance. This finds every variant one edit away (insert, delete, substitute, swap of
/// neighbours) and, for long marks, the two-edit variants that are an insertion plus a deletion; it keeps the table
/// to about length + 1 keys per mark (a full two-deep neighbourhood would be about length²/2).
/// </summary>
internal static class FuzzyKeys
{
    private const int MaxLength = 32;

    /// <summary>Buckets per partition in the table's build: their counters and a partition's entries stay in the core's caches.</summary>
    private const int FineBits = 13;

    /// <summary>
    /// The table over every pattern's skeleton, built in two passes over the skeletons (count, then scatter): hashing
    /// a skeleton twice is cheaper than writing and re-reading 20M pairs at 3M marks. The scatter goes to a thousand
    /// or so partitions of buckets (the keys' top bits), each written in turn like a stream, and then each partition
    /// is put in bucket order on its own: scattering every key straight into its bucket was two cache misses a key
    /// (the 34 MB of bucket counters, the 219 MB of entries), about half of the table's 4 s at 3M marks.
    /// </summary>
    public static KeyTable Table(IReadOnlyList<string> skeletons, IReadOnlyList<int> wordCounts)
    {
        long total = 0;
        foreach (var s in skeletons) total += Eligible(s) ? s.Length + 1 : 0;
        var bits = KeyHash.DirectoryBitsFor((int)Math.Min(total, int.MaxValue));
        var fine = Math.Min(bits, FineBits);
        var partitionStart = new int[(1 << (bits - fine)) + 1];
        Span<long> keys = stackalloc long[MaxLength + 1];
        for (var p = 0; p < skeletons.Count; p++)
        {
            var n = Keys(skeletons[p], wordCounts[p], keys);
            for (var i = 0; i < n; i++) partitionStart[(KeyHash.Bucket(keys[i], bits) >> fine) + 1]++;
        }
        for (var b = 1; b < partitionStart.Length; b++) partitionStart[b] += partitionStart[b - 1];
        var next = partitionStart[..^1];
        var packed = GC.AllocateUninitializedArray<ulong>(partitionStart[^1]);
        // Each entry's bucket within its partition, beside it: the packed entry keeps only the key's low half.
        var fineBucket = GC.AllocateUninitializedArray<ushort>(packed.Length);
        var fineMask = (1 << fine) - 1;
        for (var p = 0; p < skeletons.Count; p++)
        {
            var n = Keys(skeletons[p], wordCounts[p], keys);
            if (n == 0) continue;
            var payload = KeyTable.Payload(p, skeletons[p].Length, wordCounts[p]);
            for (var i = 0; i < n; i++)
            {
                var bucket = KeyHash.Bucket(keys[i], bits);
                var at = next[bucket >> fine]++;
                packed[at] = KeyTable.Pack(keys[i], payload);
                fineBucket[at] = (ushort)(bucket & fineMask);
            }
        }
        var directory = new int[(1 << bits) + 1];
        var counts = new int[fineMask + 2];
        var largest = 0;
        for (var part = 0; part + 1 < partitionStart.Length; part++) largest = Math.Max(largest, partitionStart[part + 1] - partitionStart[part]);
        var scratch = GC.AllocateUninitializedArray<ulong>(largest);
        for (var part = 0; part + 1 < partitionStart.Length; part++)
        {
            int start = partitionStart[part], end = partitionStart[part + 1];
            Array.Clear(counts);
            for (var e = start; e < end; e++) counts[fineBucket[e] + 1]++;
            for (var f = 1; f < counts.Length; f++) counts[f] += counts[f - 1];
            for (var f = 0; f <= fineMask; f++) directory[(part << fine) + f] = start + counts[f];
            for (var e = start; e < end; e++) scratch[counts[fineBucket[e]]++] = packed[e];
            scratch.AsSpan(0, end - start).CopyTo(packed.AsSpan(start));
        }
        directory[^1] = packed.Length;
        return KeyTable.FromBuckets(packed, directory);
    }

    private static bool Eligible(string skeleton) => Text.EditDistance.Allowed(skeleton.Length) > 0 && skeleton.Length <= MaxLength;

    /// <summary>Writes the skeleton's keys (its hash, then its distinct deletions' hashes, each for its word count: see KeyHash.ForWords); returns how many.</summary>
    private static int Keys(string skeleton, int words, Span<long> output)
    {
        if (!Eligible(skeleton)) return 0;
        Span<long> deletions = stackalloc long[MaxLength];
        KeyHash.PolynomialDeletions(skeleton, deletions);
        var n = 0;
        output[n++] = KeyHash.ForWords(KeyHash.Polynomial(skeleton), words);
        for (var i = 0; i < skeleton.Length; i++)
        {
            if (i > 0 && skeleton[i] == skeleton[i - 1]) continue; // same deletion as the previous one
            output[n++] = KeyHash.ForWords(deletions[i], words);
        }
        return n;
    }
}
