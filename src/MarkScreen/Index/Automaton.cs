namespace MarkScreen.Index;

/// <summary>
/// The automaton's arrays, as built (see <see cref="AhoCorasickBuilder"/>) or as mapped from an index file.
/// Root, FirstEdge, EdgeLabel, DeepTerminal, DeepPatterns, DeepStates and ShortPatterns use the breadth-first state numbers;
/// ShallowStates (four ints per <see cref="ShallowState"/>, which says where its outputs are in ShallowOutputs, four
/// ints per <see cref="PatternOutput"/> of its output chain) and ShallowLabels (the label of the edge into each state)
/// are in record order (see <see cref="ShallowLayout"/>); ShallowOtherLabels holds record &lt;&lt; 32 | count for the
/// records with labels beyond the coded ones, ascending.
/// PatternChain holds four ints per <see cref="PatternLink"/>; Shape holds [shallow depth, first state of full shallow
/// depth, shallow state count, state count, coded labels]; LabelAlphabet is described at <see cref="ShallowState"/>.
/// ShortPatterns holds, for each state of the first three levels, the pattern ending there or -1: those patterns are
/// not on output chains (see <see cref="AhoCorasickBuilder.ShortPatternLength"/>). ShortWords holds the same patterns
/// of coded labels with their facts, as <see cref="PatternOutput"/>s, by <see cref="ShortWordKey"/>: a listing's
/// short words are looked up there in one read. DeepStates holds two ints per <see cref="DeepState"/>, for the states
/// past the shallow ones in breadth-first order: what tail walks read.
/// </summary>
internal sealed record Automaton(int[] Root, int[] FirstEdge, char[] EdgeLabel, int[] ShallowStates, long[] ShallowOtherLabels, int[] ShallowOutputs, char[] ShallowLabels,
    int[] PatternChain, long[] DeepTerminal, int[] DeepTerminalRank, int[] DeepPatterns, int[] Shape, byte[] LabelAlphabet, int[] ShortPatterns, int[] ShortWords, int[] DeepStates)
{
    /// <summary>
    /// The scan's transition between records: from the root through its table (the root's children keep their
    /// numbers), else from the state's own record alone. A coded label (ASCII letters and digits, nearly every
    /// character of a listing) is a bit of the record's label mask, and the child's position among its siblings is the
    /// number of set bits below it; other labels follow the coded ones and are searched. States at full shallow depth
    /// have no edges here (their edges are to deep states, for tail walks: see <see cref="Child"/>).
    /// </summary>
    public static int Step(ReadOnlySpan<ShallowState> states, ReadOnlySpan<int> root, ReadOnlySpan<char> labels, ReadOnlySpan<long> otherLabels, ReadOnlySpan<byte> alphabet, int state, char c)
    {
        if (state == 0)
        {
            var r = root[c];
            return r == 0 ? -1 : r;
        }
        ref readonly var s = ref states[state];
        // A full-depth state's edges lead to deep states, which only tail walks visit: the scan fails there.
        return s.IsFullDepth ? -1 : Child(s, state, otherLabels, labels, 0, alphabet, c);
    }

    /// <summary>
    /// The child of record <paramref name="s"/> (number <paramref name="record"/>) on <paramref name="c"/>, or -1: a
    /// shallow state's child record, or a full-depth state's first deep state (breadth-first).
    /// <paramref name="labels"/>[child - <paramref name="bias"/>] is the label into each child: ShallowLabels (bias 0)
    /// for records, EdgeLabel (bias 1) for deep states.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Child(in ShallowState s, int record, ReadOnlySpan<long> otherLabels, ReadOnlySpan<char> labels, int bias, ReadOnlySpan<byte> alphabet, char c)
    {
        var mask = s.Mask;
        if (c < 128 && alphabet[c] is var code and not 0) return CodedChild(mask, s.FirstChild, code);
        if (!s.HasOtherLabels) return -1;
        var others = OtherLabelCount(otherLabels, record);
        var first = s.FirstChild + System.Numerics.BitOperations.PopCount(mask);
        var at = labels.Slice(first - bias, others).IndexOf(c);
        return at < 0 ? -1 : first + at;
    }

    /// <summary>
    /// The child on coded label <paramref name="code"/> (1-based) of a record whose children's label mask is
    /// <paramref name="mask"/> and whose first child is <paramref name="firstChild"/>, or -1: siblings are consecutive,
    /// coded labels first in code order, so the child's place is the number of mask bits below the label's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int CodedChild(uint mask, int firstChild, int code)
    {
        var bit = 1u << (code - 1);
        return (mask & bit) == 0 ? -1 : firstChild + System.Numerics.BitOperations.PopCount(mask & (bit - 1));
    }

    /// <summary>How many labels follow the coded ones on <paramref name="record"/> (a binary search: only labels beyond ASCII letters and digits ask).</summary>
    private static int OtherLabelCount(ReadOnlySpan<long> otherLabels, int record)
    {
        int lo = 0, hi = otherLabels.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = (int)(otherLabels[mid] >> 32);
            if (at == record) return (int)otherLabels[mid];
            if (at < record) lo = mid + 1;
            else hi = mid - 1;
        }
        return 0;
    }

    /// <summary>
    /// Where a word of one to three coded labels sits in ShortWords: its labels' codes as digits in base
    /// <paramref name="codedLabels"/> + 1 (codes start at 1, so words of different lengths never share a key); -1
    /// where a character is not coded.
    /// </summary>
    public static int ShortWordKey(ReadOnlySpan<char> word, ReadOnlySpan<byte> alphabet, int codedLabels)
    {
        var key = 0;
        foreach (var c in word)
        {
            if (c >= 128 || alphabet[c] == 0) return -1;
            key = (key * (codedLabels + 1)) + alphabet[c];
        }
        return key;
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
/// A shallow state's record, sixteen bytes so that one cache-line read serves a whole step and its outputs: its first
/// child's record (siblings are consecutive records; bits 0-27), whether it is at full depth (bit 28) and has labels
/// beyond the coded ones (bit 29); the label mask (one bit per coded label: see <see cref="Automaton.Step"/>); its
/// failure link's record (bits 0-23) and the length of its output chain (bits 24-31); and where that chain's patterns
/// start in ShallowOutputs.
/// <para>
/// A state at full shallow depth has no children in the scan; its record describes its deep children instead (first
/// child's breadth-first number, their label mask and other labels), where the tail walk goes next. Since format 6
/// the walk's first step reads nothing beyond this record: two walks in five stopped right there, and the others
/// saved their first read of the deep arrays (68 MB of FirstEdge and 34 MB of labels at 3M marks, a miss each).
/// </para>
/// <para>
/// Before format 5 the record held the first label and edge count, and the widest states had a dense row of child
/// positions beside it: a step read two cache lines, or searched the labels. Until format 13 the outputs' start was in
/// an array of its own, a second miss on a third of the steps (6% of the normalised kinds' time at 3M marks); the mask
/// was 40 bits wide with the other labels' count beside it, but skeletons code 25 ASCII labels (letters but i; digits
/// fold to letters), so 32 bits hold them, and the count moved to a side table the common step never reads.
/// </para>
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal readonly struct ShallowState
{
    private readonly int _child;
    public readonly uint Mask;
    private readonly int _fail;
    public readonly int OutputStart;

    /// <summary>The most labels a mask codes.</summary>
    public const int CodedLabels = 32;

    private const int FullDepthBit = 1 << 28, OtherLabelsBit = 1 << 29, FailBits = 24;

    /// <summary>The largest first child, failure link and output count a record holds: a build past them fails clearly.</summary>
    public const int MaxChild = (1 << 28) - 1, MaxFail = (1 << FailBits) - 1, MaxOutputs = 255;

    public int FirstChild => _child & MaxChild;

    /// <summary>Whether the state is at full shallow depth: its edges lead to deep states, where tail walks go.</summary>
    public bool IsFullDepth => (_child & FullDepthBit) != 0;

    /// <summary>Whether labels follow the coded ones (their count is in ShallowOtherLabels).</summary>
    public bool HasOtherLabels => (_child & OtherLabelsBit) != 0;

    public int Fail => _fail & MaxFail;

    public int OutputCount => (int)((uint)_fail >> FailBits);

    public bool HasOutput => (uint)_fail > MaxFail;

    /// <summary>Writes a record as the four ints of the ShallowStates section.</summary>
    public static void Write(Span<int> into, int firstChild, bool fullDepth, bool otherLabels, uint mask, int fail, int outputStart, int outputCount)
    {
        if ((uint)firstChild > MaxChild) throw new InvalidOperationException($"the automaton has more than {MaxChild:N0} states, the most an index of format {IndexFormat.Version} holds");
        if ((uint)fail > MaxFail) throw new InvalidOperationException($"the automaton has more than {MaxFail:N0} shallow states, the most an index of format {IndexFormat.Version} holds");
        if ((uint)outputCount > MaxOutputs) throw new InvalidOperationException($"a state has {outputCount} outputs; a record holds {MaxOutputs} (a shallower depth keeps chains short)");
        into[0] = firstChild | (fullDepth ? FullDepthBit : 0) | (otherLabels ? OtherLabelsBit : 0);
        into[1] = (int)mask;
        into[2] = fail | (outputCount << FailBits);
        into[3] = outputStart;
    }

    /// <summary>
    /// ASCII label → code + 1 (0: not coded), for the first <see cref="CodedLabels"/> ASCII labels in order among the
    /// edges of the states below <paramref name="stateLimit"/> (the shallow ones, so that full-depth states code their
    /// deep children's labels too): coded labels then sort before all others on every state.
    /// </summary>
    public static byte[] Alphabet(ReadOnlySpan<int> firstEdge, ReadOnlySpan<char> labels, int stateLimit)
    {
        var seen = new bool[128];
        // The root steps through its own table: its edges are not coded.
        if (stateLimit > 1)
            foreach (var c in labels[firstEdge[1]..firstEdge[stateLimit]])
                if (c < 128) seen[c] = true;
        var alphabet = new byte[128];
        var width = 0;
        for (var c = 0; c < 128 && width < CodedLabels; c++)
            if (seen[c]) alphabet[c] = (byte)++width;
        return alphabet;
    }
}

/// <summary>
/// What judging a candidate needs of its pattern, in twelve bytes: its length (with its word count, a flag for
/// other spellings and one for dictionary words) and the fold hash of its first spelling (see MatchText.FoldHash), or, for a pattern with other
/// spellings, where their folds are in PatternFoldChars (<see cref="FoldStart"/>, <see cref="FoldEnd"/>). The output
/// lists, the short-word table and the chain records all carry a copy, so judging reads a candidate's facts from the
/// entry where the scan found it.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
internal readonly struct PatternFacts
{
    private readonly int _length;
    private readonly long _fold;

    public int Length => _length & 0xFFFF;

    /// <summary>Whether other spellings share the pattern: then their folds are compared, and there is no fold hash.</summary>
    public bool HasOtherSpellings => (_length & OtherSpellings) != 0;

    /// <summary>Words in the pattern's first spelling (capped at 63): the typo pass compares it before reading the skeleton.</summary>
    public int WordCount => (_length >> 17) & 63;

    /// <summary>
    /// Whether every word of the pattern's first spelling is an English word or an inflection of one (see
    /// EnglishWords.IsEnglishPhrase; format 15): "SEED", "BLACK", "ROYAL BLUE", not "AIRBAG", "NIKE" or "V7". Registers are
    /// full of such marks, and judging weighs a hit on one by the goods it is used for.
    /// </summary>
    public bool IsDictionaryWord => (_length & DictionaryWord) != 0;

    /// <summary>
    /// Whether the pattern's first spelling holds a digit (format 18): a sound-alike window with digits is one only of
    /// a mark with the same digits, and most candidates are ruled out here, without reading the mark's text.
    /// </summary>
    public bool HasDigits => (_length & Digits) != 0;

    /// <summary>
    /// Whether some registration of the spelling parts its words with a separator inside ("T-MOBILE", "BEN 10",
    /// "DEFLECT-O"; format 18): a word of digits alone in a look-alike spelling stands for a word of the mark only then.
    /// </summary>
    public bool IsSeparated => (_length & Separated) != 0;

    /// <summary>The separators <see cref="IsSeparated"/> looks for.</summary>
    public static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" -_./,:;'\u2019\t");

    public static bool HasSeparator(ReadOnlySpan<char> text) => text.Trim().IndexOfAny(Separators) >= 0;

    /// <summary>The fold hash of the pattern's only spelling (see <see cref="HasOtherSpellings"/>).</summary>
    public long FoldHash => _fold;

    /// <summary>Where the folds of a pattern with other spellings start and end in PatternFoldChars.</summary>
    public int FoldStart => (int)_fold;

    public int FoldEnd => (int)(_fold >> 32);

    public const int OtherSpellings = 1 << 16, DictionaryWord = 1 << 23, Digits = 1 << 24, Separated = 1 << 25;

    /// <summary>The bits a pattern's facts add to its length field.</summary>
    public static int Bits(bool otherSpellings, int wordCount, bool dictionaryWord, bool hasDigits, bool separated) =>
        (otherSpellings ? OtherSpellings : 0) | (Math.Clamp(wordCount, 0, 63) << 17) | (dictionaryWord ? DictionaryWord : 0) | (hasDigits ? Digits : 0) | (separated ? Separated : 0);

    /// <summary>The fold field of a pattern with other spellings: where their folds are.</summary>
    public static long FoldPlace(int start, int end) => (uint)start | ((long)end << 32);
}

/// <summary>A pattern's sixteen-byte record in PatternChain: the next pattern on its output chain (or -1), and its facts.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
internal readonly struct PatternLink
{
    public readonly int Next;
    public readonly PatternFacts Facts;
}

/// <summary>
/// One entry of a shallow state's output list (ShallowOutputs): the pattern and a copy of its facts. Judging then reads
/// nothing of the pattern's own record, which lay in 25 MB of chain records in pattern order at 3M marks: about
/// twenty scattered misses a title, where the lists of the states titles pass through sit together in record order.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
internal readonly struct PatternOutput
{
    public readonly int Pattern;
    public readonly PatternFacts Facts;
}
