namespace MarkScreen.Index;

/// <summary>
/// The automaton's arrays, as built (see <see cref="AhoCorasickBuilder"/>) or as mapped from an index file.
/// ShallowStates holds four ints per <see cref="ShallowState"/>, PatternChain four per <see cref="PatternLink"/>;
/// Shape holds [shallow depth, first state of full shallow depth, shallow state count, state count, states with dense
/// rows]; DenseAlphabet and DenseRows are described at <see cref="DenseRows"/>. ShortPatterns holds, for each state of
/// the first three levels, the pattern ending there or -1: those patterns are not on output chains (see
/// <see cref="AhoCorasickBuilder.ShortPatternLength"/>).
/// </summary>
internal sealed record Automaton(int[] Root, int[] FirstEdge, char[] EdgeLabel, int[] ShallowStates, int[] PatternChain,
    long[] DeepTerminal, int[] DeepTerminalRank, int[] DeepPatterns, int[] Shape, byte[] DenseAlphabet, byte[] DenseRows, int[] ShortPatterns)
{
    /// <summary>
    /// The scan's transition: from the root through its table; from the first, widest states through their dense row;
    /// else through the state's own record (the first edge's label is in it, and most states have one edge), else a
    /// search of its remaining labels. States at full shallow depth have no edges here (their subtrees are for tail walks).
    /// </summary>
    public static int Step(ReadOnlySpan<ShallowState> states, ReadOnlySpan<int> root, ReadOnlySpan<char> labels, in DenseRows dense, int state, char c)
    {
        if (state == 0)
        {
            var r = root[c];
            return r == 0 ? -1 : r;
        }
        ref readonly var s = ref states[state];
        if (state < dense.States && c < 128)
        {
            var code = dense.Alphabet[c];
            if (code != 0)
            {
                var e = dense.Rows[(state * dense.Width) + code - 1];
                return e == 0 ? -1 : s.FirstEdge + e;
            }
        }
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
/// Direct transitions for the states nearest the root, which are the widest (a one-letter prefix has dozens of
/// children) and the most visited: searching their labels was the scan's largest cost. Alphabet maps an ASCII
/// character to its code + 1 (0: not a label anywhere); row s holds, per code, the 1-based position of that label among
/// state s's edges (0: no such edge), so the child is FirstEdge + position. Only ASCII labels are coded; they sort
/// before all others, so a position always fits a byte. Rows cover the states below <see cref="States"/>.
/// </summary>
internal readonly ref struct DenseRows(ReadOnlySpan<byte> alphabet, ReadOnlySpan<byte> rows, int states)
{
    public readonly ReadOnlySpan<byte> Alphabet = alphabet;
    public readonly ReadOnlySpan<byte> Rows = rows;
    public readonly int States = states;
    public readonly int Width = states == 0 ? 0 : rows.Length / states;

    /// <summary>Bytes of rows a build may spend: enough for the first few levels of a 3M-mark register.</summary>
    public const int Budget = 8 << 20;

    /// <summary>The alphabet and rows for the first states of a CSR automaton, within <see cref="Budget"/>.</summary>
    public static (byte[] Alphabet, byte[] Rows, int States) Build(ReadOnlySpan<int> firstEdge, ReadOnlySpan<char> labels, int stateLimit)
    {
        var alphabet = new byte[128];
        var end = stateLimit <= 0 ? 0 : firstEdge[stateLimit];
        foreach (var c in labels[..end])
            if (c < 128) alphabet[c] = 1;
        var width = 0;
        for (var c = 0; c < 128; c++)
            if (alphabet[c] != 0) alphabet[c] = (byte)++width;
        var states = width == 0 ? 0 : Math.Min(stateLimit, Budget / width);
        var rows = new byte[states * width];
        for (var s = 1; s < states; s++)
            for (var e = firstEdge[s]; e < firstEdge[s + 1]; e++)
            {
                var c = labels[e];
                if (c >= 128) break; // sorted: the rest are not ASCII either
                rows[(s * width) + alphabet[c] - 1] = (byte)(e - firstEdge[s] + 1);
            }
        return (alphabet, rows, states);
    }
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
