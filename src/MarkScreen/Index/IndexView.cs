namespace MarkScreen.Index;

/// <summary>
/// The sections the matcher reads, as spans, fetched once per text rather than once per use: resolving a section goes
/// through the storage (managed or memory-mapped) and costs more than the look-ups the matcher then makes in it, so
/// sections the matcher does not read (the marks' own data) are left out.
/// </summary>
internal readonly ref struct IndexView
{
    public readonly ReadOnlySpan<int> Root, FirstEdge, DeepTerminalRank, DeepPatterns;
    public readonly ReadOnlySpan<ShallowState> States;
    /// <summary>The deep states' records, from breadth-first state <see cref="Shallow"/> on.</summary>
    public readonly ReadOnlySpan<DeepState> DeepStates;
    public readonly ReadOnlySpan<PatternLink> PatternChain;
    public readonly ReadOnlySpan<long> DeepTerminal;
    /// <summary>How many characters deep the shallow states go: deep states are deeper.</summary>
    public readonly int ShallowDepth;
    /// <summary>Breadth-first states from here on are deep (reached by tail walks only).</summary>
    public readonly int Shallow;
    /// <summary>ASCII character → code + 1 in the shallow states' label masks (see ShallowState).</summary>
    public readonly ReadOnlySpan<byte> LabelAlphabet;
    /// <summary>Record &lt;&lt; 32 | count of labels beyond the coded ones, for the records with some (see Automaton.Child).</summary>
    public readonly ReadOnlySpan<long> ShallowOtherLabels;
    /// <summary>Each shallow state's output patterns, at the place and of the length its record gives.</summary>
    public readonly ReadOnlySpan<PatternOutput> ShallowOutputs;
    /// <summary>The label of the edge into each shallow state, by record: the scan searches them for labels not coded.</summary>
    public readonly ReadOnlySpan<char> ShallowLabels;
    /// <summary>The pattern ending at each state of the first three levels, or -1 (see AhoCorasickBuilder.ShortPatternLength).</summary>
    public readonly ReadOnlySpan<int> ShortPatterns;
    /// <summary>The short patterns of coded labels with their facts, by Automaton.ShortWordKey; CodedLabels is its base less one.</summary>
    public readonly ReadOnlySpan<PatternOutput> ShortWords;
    public readonly int CodedLabels;
    public readonly ReadOnlySpan<char> EdgeLabel;
    public readonly ReadOnlySpan<int> PatternStart;
    public readonly ReadOnlySpan<char> PatternChars, PatternFoldChars;
    public readonly ReadOnlySpan<ulong> FuzzyEntries, PhoneticEntries;
    public readonly ReadOnlySpan<long> FuzzyFilter, PhoneticFilter;
    public readonly ReadOnlySpan<int> FuzzyDirectory, PhoneticDirectory;

    public IndexView(MarkIndex index)
    {
        Root = index.Ints(IndexSection.Root);
        FirstEdge = index.Ints(IndexSection.FirstEdge);
        EdgeLabel = index.Chars(IndexSection.EdgeLabel);
        States = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ShallowState>(index.Bytes(IndexSection.ShallowStates));
        DeepStates = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, DeepState>(index.Bytes(IndexSection.DeepStates));
        PatternChain = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, PatternLink>(index.Bytes(IndexSection.PatternChain));
        DeepTerminal = index.Longs(IndexSection.DeepTerminal);
        DeepTerminalRank = index.Ints(IndexSection.DeepTerminalRank);
        DeepPatterns = index.Ints(IndexSection.DeepPatterns);
        var shape = index.Ints(IndexSection.AutomatonShape);
        ShallowDepth = shape[0];
        Shallow = shape[2];
        LabelAlphabet = index.Bytes(IndexSection.LabelAlphabet);
        ShallowOtherLabels = index.Longs(IndexSection.ShallowOtherLabels);
        ShallowOutputs = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, PatternOutput>(index.Bytes(IndexSection.ShallowOutputs));
        ShallowLabels = index.Chars(IndexSection.ShallowLabels);
        ShortPatterns = index.Ints(IndexSection.ShortPatterns);
        ShortWords = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, PatternOutput>(index.Bytes(IndexSection.ShortWords));
        CodedLabels = shape[4];
        PatternStart = index.Ints(IndexSection.PatternStart);
        PatternChars = index.Chars(IndexSection.PatternChars);
        PatternFoldChars = index.Chars(IndexSection.PatternFoldChars);
        FuzzyEntries = index.ULongs(IndexSection.FuzzyEntries);
        PhoneticEntries = index.ULongs(IndexSection.PhoneticEntries);
        FuzzyDirectory = index.Ints(IndexSection.FuzzyDirectory);
        PhoneticDirectory = index.Ints(IndexSection.PhoneticDirectory);
        FuzzyFilter = index.Longs(IndexSection.FuzzyFilter);
        PhoneticFilter = index.Longs(IndexSection.PhoneticFilter);
    }

    public ReadOnlySpan<char> Skeleton(int pattern) => PatternChars[PatternStart[pattern]..PatternStart[pattern + 1]];

    /// <summary>The exact forms of the spellings of a pattern with other spellings, '\u0001'-separated.</summary>
    public ReadOnlySpan<char> Folds(in PatternFacts facts) => PatternFoldChars[facts.FoldStart..facts.FoldEnd];

    public int Goto(int state, char c) => Automaton.Goto(state, c, Root, FirstEdge, EdgeLabel);

    /// <summary>The pattern ending at deep state <paramref name="state"/>, whose record <paramref name="record"/> says it is terminal.</summary>
    public int TerminalPattern(in DeepState record, int state) => record.HasPattern ? record.Pattern : DeepPatterns[Automaton.Rank(DeepTerminal, DeepTerminalRank, state - Shallow)];

    /// <summary>The child of deep state <paramref name="state"/>, whose record is <paramref name="record"/>, on <paramref name="c"/>, or -1.</summary>
    public int DeepChild(in DeepState record, int state, char c) => record.Child(state, c, LabelAlphabet, Root, FirstEdge, EdgeLabel);
}
