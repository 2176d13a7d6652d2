namespace MarkScreen.Text;

/// <summary>
/// Optimal string alignment distance (Levenshtein plus adjacent transpositions, each edit counted once): "Nkie" is one
/// edit from NIKE, as a typist sees it. Allocation-free for the short strings marks are; gives up early past
/// <c>max</c>.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance, or <c>max + 1</c> when it is larger than <paramref name="max"/>.</summary>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length > 64 || b.Length > 64) return max + 1;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > max) return max + 1;
            var t = previous2;
            previous2 = previous;
            previous = current;
            current = t;
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// The same distance by Hyyrö's bit-parallel algorithm (2003, "A bit-vector algorithm for computing Levenshtein and
    /// Damerau edit distances"): one row of the table is a few machine words, so a comparison costs a handful of
    /// operations per character of <paramref name="b"/> instead of a pass over the whole row. The typo pass compares
    /// each window with dozens of candidate marks; <paramref name="asciiMasks"/> (from <see cref="PrepareMasks"/>)
    /// holds, per ASCII character, the positions where <paramref name="a"/> has it, computed once per window.
    /// <see cref="Osa"/> is its reference twin in the tests.
    /// </summary>
    public static int OsaBitParallel(ReadOnlySpan<char> a, ReadOnlySpan<ulong> asciiMasks, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length > 64 || b.Length > 64) return max + 1;
        if (a.Length == 0) return b.Length;
        ulong vp = ~0UL, vn = 0, d0 = 0, previous = 0;
        var last = 1UL << (a.Length - 1);
        var distance = a.Length;
        foreach (var c in b)
        {
            var pm = c < 128 ? asciiMasks[c] : Positions(a, c);
            var transposed = ((~d0 & pm) << 1) & previous;
            d0 = (((pm & vp) + vp) ^ vp) | pm | vn | transposed;
            var hp = vn | ~(d0 | vp);
            var hn = d0 & vp;
            if ((hp & last) != 0) distance++;
            if ((hn & last) != 0) distance--;
            hp = (hp << 1) | 1;
            hn <<= 1;
            vp = hn | ~(d0 | hp);
            vn = hp & d0;
            previous = pm;
        }
        return distance <= max ? distance : max + 1;
    }

    /// <summary>Fills <paramref name="asciiMasks"/> (128 words) with the positions of each ASCII character in <paramref name="a"/>.</summary>
    public static void PrepareMasks(ReadOnlySpan<char> a, Span<ulong> asciiMasks)
    {
        asciiMasks.Clear();
        for (var i = 0; i < a.Length && i < 64; i++)
            if (a[i] < 128) asciiMasks[a[i]] |= 1UL << i;
    }

    private static ulong Positions(ReadOnlySpan<char> a, char c)
    {
        var mask = 0UL;
        for (var i = 0; i < a.Length; i++)
            if (a[i] == c) mask |= 1UL << i;
        return mask;
    }

    /// <summary>
    /// How many edits a mark of this length may absorb: none below five characters (four-letter words are one typo
    /// from dozens of others), one up to eight, two beyond.
    /// </summary>
    public static int Allowed(int length) => length < 5 ? 0 : length <= 8 ? 1 : 2;
}
