namespace MarkScreen.Index;

/// <summary>
/// The automaton's arrays, as built (see <see cref="AhoCorasickBuilder"/>) or as mapped from an index file.
/// Shape holds [shallow depth, first state of full shallow depth, shallow state count, state count].
/// </summary>
internal sealed record Automaton(int[] Root, int[] FirstEdge, char[] EdgeLabel, int[] Fail, int[] Head, int[] NextPattern,
    long[] DeepTerminal, int[] DeepTerminalRank, int[] DeepPatterns, int[] Shape)
{
    /// <summary>The transition from <paramref name="state"/> on <paramref name="c"/>, or -1.</summary>
    public static int Goto(int state, char c, ReadOnlySpan<int> root, ReadOnlySpan<int> firstEdge, ReadOnlySpan<char> labels)
    {
        if (state == 0)
        {
            var r = root[c];
            return r == 0 ? -1 : r;
        }
        int lo = firstEdge[state], hi = firstEdge[state + 1] - 1;
        // Most states have one or two edges: a short linear scan beats the binary search's branches.
        if (hi - lo < 8)
        {
            for (var e = lo; e <= hi; e++)
                if (labels[e] == c) return e + 1;
            return -1;
        }
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var l = labels[mid];
            if (l == c) return mid + 1;
            if (l < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>How many set bits come before bit <paramref name="bit"/>: the index of a deep terminal's pattern.</summary>
    public static int Rank(ReadOnlySpan<long> bits, ReadOnlySpan<int> rank, int bit)
    {
        var word = bit >> 6;
        var below = (ulong)bits[word] & ((1UL << (bit & 63)) - 1);
        return rank[word] + System.Numerics.BitOperations.PopCount(below);
    }

    /// <summary>Whether bit <paramref name="bit"/> is set.</summary>
    public static bool Has(ReadOnlySpan<long> bits, int bit) => (bits[bit >> 6] & (1L << (bit & 63))) != 0;
}
