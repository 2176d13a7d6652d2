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
    /// How many edits a mark of this length may absorb: none below five characters (four-letter words are one typo
    /// from dozens of others), one up to eight, two beyond.
    /// </summary>
    public static int Allowed(int length) => length < 5 ? 0 : length <= 8 ? 1 : 2;
}
