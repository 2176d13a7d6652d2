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

    /// <summary>
    /// The table over every pattern's skeleton, built in two passes over the skeletons (count, then place: see
    /// <see cref="KeyScatter"/>): hashing a skeleton twice is cheaper than writing and re-reading 20M pairs at 3M marks.
    /// </summary>
    public static KeyTable Table(IReadOnlyList<string> skeletons, IReadOnlyList<int> wordCounts)
    {
        long total = 0;
        foreach (var s in skeletons) total += Eligible(s) ? s.Length + 1 : 0;
        var scatter = new KeyScatter((int)Math.Min(total, int.MaxValue));
        Span<long> keys = stackalloc long[MaxLength + 1];
        for (var p = 0; p < skeletons.Count; p++)
        {
            var n = Keys(skeletons[p], wordCounts[p], keys);
            for (var i = 0; i < n; i++) scatter.Count(keys[i]);
        }
        for (var p = 0; p < skeletons.Count; p++)
        {
            var n = Keys(skeletons[p], wordCounts[p], keys);
            if (n == 0) continue;
            var payload = KeyTable.Payload(p, skeletons[p].Length, wordCounts[p]);
            for (var i = 0; i < n; i++) scatter.Place(keys[i], payload);
        }
        return scatter.ToTable();
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
