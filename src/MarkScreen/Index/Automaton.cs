namespace MarkScreen.Index;

/// <summary>
/// The automaton's arrays, as built (see <see cref="AhoCorasickBuilder"/>) or as mapped from an index file.
/// ShallowStates holds four ints per <see cref="ShallowState"/>, PatternChain four per <see cref="PatternLink"/>;
/// Shape holds [shallow depth, first state of full shallow depth, shallow state count, state count].
/// </summary>
internal sealed record Automaton(int[] Root, int[] FirstEdge, char[] EdgeLabel, int[] ShallowStates, int[] PatternChain,
    long[] DeepTerminal, int[] DeepTerminalRank, int[] DeepPatterns, int[] Shape)
{
    /// <summary>
    /// The scan's transition: from the root through its table, else through the state's own record (the first
    /// edge's label is in it, and most states have one edge), else a vectorised search of its remaining labels.
    /// States at full shallow depth have no edges here (their subtrees are for tail walks).
    /// </summary>
    public static int Step(ReadOnlySpan<ShallowState> states, ReadOnlySpan<int> root, ReadOnlySpan<char> labels, int state, char c)
    {
        if (state == 0)
        {
            var r = root[c];
            return r == 0 ? -1 : r;
        }
        ref readonly var s = ref states[state];
        var count = s.EdgeCount;
        if (count == 0) return -1;
        if (s.FirstLabel == c) return s.FirstEdge + 1;
        if (count == 1) return -1;
        var at = labels.Slice(s.FirstEdge + 1, count - 1).IndexOf(c);
        return at < 0 ? -1 : s.FirstEdge + at + 2;
    }

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

/// <summary>
/// A shallow state's record, sixteen bytes so that one cache-line read serves a whole step: where its edges start, its
/// failure link, the first pattern on its suffix chain (or -1), and its edge count with the first edge's label.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal readonly struct ShallowState
{
    public readonly int FirstEdge;
    public readonly int Fail;
    public readonly int Head;
    private readonly int _edges;

    public int EdgeCount => _edges & 0xFFFF;
    public char FirstLabel => (char)((uint)_edges >> 16);

    public static int PackEdges(int count, char firstLabel) => count | (firstLabel << 16);
}

/// <summary>
/// What the scan and the first judgement need of a pattern, in one sixteen-byte record: the next pattern on its output
/// chain (or -1), its length (with its word count and a flag for other spellings), and the fold hash of its first spelling (see
/// MatchText.FoldHash).
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal readonly struct PatternLink
{
    public readonly int Next;
    private readonly int _length;
    public readonly long FoldHash;

    public int Length => _length & 0xFFFF;

    /// <summary>Whether other spellings share the pattern (their folds must be read when the first one's hash differs).</summary>
    public bool HasOtherSpellings => (_length & OtherSpellings) != 0;

    /// <summary>Words in the pattern's first spelling (capped at 63): the typo pass compares it before reading the skeleton.</summary>
    public int WordCount => (_length >> 17) & 63;

    public const int OtherSpellings = 1 << 16;

    /// <summary>The bits a pattern's facts add to its length field.</summary>
    public static int Facts(bool otherSpellings, int wordCount) => (otherSpellings ? OtherSpellings : 0) | (Math.Clamp(wordCount, 0, 63) << 17);
}
