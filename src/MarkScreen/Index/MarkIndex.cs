using System.Runtime.InteropServices;
using MarkScreen.Marks;
using MarkScreen.Text;

namespace MarkScreen.Index;

/// <summary>
/// The compiled index of live word marks: an Aho-Corasick automaton over mark skeletons plus a compact table of the
/// marks behind each pattern. Built once (<see cref="Build"/>), saved (<see cref="Save"/>) and memory-mapped on load
/// (<see cref="Load"/>), so screening runs never re-parse the register. Immutable and thread-safe; each thread
/// matches with its own <see cref="Matching.MarkMatcher"/>.
/// </summary>
public sealed partial class MarkIndex : IDisposable
{
    private readonly IIndexStorage _storage;

    /// <summary>
    /// The storage when it is a mapped file, as it is for screening: its sections are resolved without an interface
    /// call (a matcher resolves about twenty-five a title; 1.011-1.016 times as fast for the normalised kinds at 3M marks,
    /// alternating in one process).
    /// </summary>
    private readonly MappedStorage? _mapped;

    private MarkIndex(IIndexStorage storage)
    {
        _storage = storage;
        _mapped = storage as MappedStorage;
    }

    public int PatternCount => Ints(IndexSection.PatternStart).Length - 1;
    public int MarkCount => Longs(IndexSection.MarkStoreId).Length;
    public int StateCount => Ints(IndexSection.FirstEdge).Length - 1;

    internal ReadOnlySpan<int> Ints(IndexSection s) => MemoryMarshal.Cast<byte, int>(Bytes(s));
    internal ReadOnlySpan<long> Longs(IndexSection s) => MemoryMarshal.Cast<byte, long>(Bytes(s));
    internal ReadOnlySpan<ulong> ULongs(IndexSection s) => MemoryMarshal.Cast<byte, ulong>(Bytes(s));
    internal ReadOnlySpan<char> Chars(IndexSection s) => MemoryMarshal.Cast<byte, char>(Bytes(s));
    internal ReadOnlySpan<byte> Bytes(IndexSection s) => _mapped is { } mapped ? mapped.Bytes(s) : _storage.Bytes(s);

    public ReadOnlySpan<int> MarksOfPattern(int pattern)
    {
        var start = Ints(IndexSection.PatternMarkStart);
        return Ints(IndexSection.PatternMarks)[start[pattern]..start[pattern + 1]];
    }

    public int PatternLength(int pattern) => MemoryMarshal.Cast<byte, PatternLink>(Bytes(IndexSection.PatternChain))[pattern].Facts.Length;

    /// <summary>Pattern ids in ordinal order of their skeletons.</summary>
    public ReadOnlySpan<int> PatternsBySkeleton => Ints(IndexSection.PatternsBySkeleton);

    /// <summary>A pattern's skeleton (the look-alike-folded letters and digits every spelling behind it shares).</summary>
    public ReadOnlySpan<char> Skeleton(int pattern)
    {
        var start = Ints(IndexSection.PatternStart);
        return Chars(IndexSection.PatternChars)[start[pattern]..start[pattern + 1]];
    }

    public IndexedMark Mark(int mark)
    {
        var flags = Bytes(IndexSection.MarkFlags)[mark];
        var key = String(IndexSection.MarkKeyStart, mark);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var serial = slash < 0 ? key[(colon + 1)..] : key[(colon + 1)..slash];
        var mask = Longs(IndexSection.MarkClasses)[mark];
        var classes = Enumerable.Range(1, 45).Where(n => (mask & (1L << n)) != 0).ToList();
        return new IndexedMark(Longs(IndexSection.MarkStoreId)[mark], key[..colon], serial, slash < 0 ? null : key[(slash + 1)..],
            String(IndexSection.MarkTextStart, mark), classes, (Liveness)(flags & 3));
    }

    public string MarkText(int mark) => String(IndexSection.MarkTextStart, mark);

    /// <summary>The marks' texts, classes and keys in place, for reading many without building their entries (see <see cref="Mark"/>).</summary>
    internal MarkFacts Facts => new(this);

    private ReadOnlySpan<char> Span(IndexSection starts, int i)
    {
        var s = Ints(starts);
        return Chars(IndexSection.Chars)[s[i]..s[i + 1]];
    }

    private string String(IndexSection starts, int i) => new(Span(starts, i));

    /// <summary>Builds an index from marks (those without words are skipped: the index is for word marks).</summary>
    public static MarkIndex Build(IEnumerable<IndexedMark> marks) => Build(marks, AhoCorasickBuilder.DefaultShallowDepth);

    /// <summary>
    /// Builds with failure links down to <paramref name="shallowDepth"/> characters (tests vary it to exercise tail
    /// walks), the records laid out for the scan of <paramref name="profile"/> (English words when null; see ShallowLayout).
    /// </summary>
    internal static MarkIndex Build(IEnumerable<IndexedMark> marks, int shallowDepth, IEnumerable<string>? profile = null)
    {
        // Lists sized up front when the count is known: growing them by doubling was a fifth of a 3M-mark build.
        var capacity = marks.TryGetNonEnumeratedCount(out var count) ? count : 1024;
        // The distinct skeletons (the patterns), numbered as they first appear.
        var patterns = new SkeletonTable(capacity);
        var firstMark = new List<int>(capacity);
        var lastMark = new List<int>(capacity);
        var nextMark = new List<int>(capacity);
        // Up to four exact forms per pattern; almost every pattern has one, so the others live in a side table. The
        // first ones are kept run together, not as a string each: 1.5M strings at 3M marks, all surviving, were
        // copied from generation to generation by every collection of the build.
        var firstFolds = new CharRuns(capacity, 12);
        var moreFolds = new Dictionary<int, List<string>>();
        var phonetic = new KeyList(capacity);
        var patternWords = new List<int>(capacity);
        var dictionaryWords = new List<bool>(capacity);
        var digitPatterns = new List<bool>(capacity);
        var separatedPatterns = new List<bool>(capacity);
        var foldHashes = new List<long>(capacity);
        var storeIds = new List<long>(capacity);
        var classMasks = new List<long>(capacity);
        var flags = new List<byte>(capacity);
        var chars = new List<char>(capacity * 30);
        var textStart = new List<int>(capacity + 1) { 0 };
        var keyStart = new List<int>(capacity + 1);
        var keyChars = new List<char>(capacity * 16);
        var keyEnds = new List<int>(capacity);
        // Per mark, nothing is allocated unless it brings another spelling: the skeleton is looked up as a span, and
        // the fold is written into a buffer (allocating both for every mark was a third of the loop).
        var text = new MatchText();
        var foldBuffer = new char[256];
        foreach (var m in marks)
        {
            if (string.IsNullOrWhiteSpace(m.Text)) continue;
            text.Set(m.Text);
            var skeletonChars = text.Chars;
            if (skeletonChars.IsEmpty) continue;
            if (foldBuffer.Length < m.Text.Length * 3) foldBuffer = new char[m.Text.Length * 3];
            var fold = foldBuffer.AsSpan(0, MatchText.FoldInto(m.Text, foldBuffer));
            var words = m.WordCount;
            var pattern = patterns.GetOrAdd(skeletonChars, out var added);
            if (added)
            {
                firstMark.Add(-1);
                lastMark.Add(-1);
                firstFolds.Add(fold);
                patternWords.Add(words);
                dictionaryWords.Add(EnglishWords.IsEnglishPhrase(fold));
                digitPatterns.Add(m.Text.AsSpan().ContainsAnyInRange('0', '9'));
                foldHashes.Add(text.FoldHashOf(0, m.Text.Length));
                separatedPatterns.Add(false);
            }
            if (PatternFacts.HasSeparator(m.Text)) separatedPatterns[pattern] = true;
            if (!fold.SequenceEqual(firstFolds[pattern]))
            {
                var more = moreFolds.TryGetValue(pattern, out var list) ? list : moreFolds[pattern] = [];
                if (more.Count < 3 && !Contains(more, fold)) more.Add(new string(fold));
            }
            AddPhoneticKey(phonetic, fold, skeletonChars.Length, pattern, patternWords[pattern]);
            var id = storeIds.Count;
            // Marks of a pattern are chained in arrays (a list per pattern was 1.5M allocations at 3M marks).
            nextMark.Add(-1);
            if (lastMark[pattern] < 0) firstMark[pattern] = id;
            else nextMark[lastMark[pattern]] = id;
            lastMark[pattern] = id;
            storeIds.Add(m.StoreId);
            classMasks.Add(MarkFacts.ClassBits(m.NiceClasses));
            flags.Add((byte)(((int)m.Liveness & 3) | (Math.Min(words, 63) << 2)));
            chars.AddRange(m.Text.AsSpan());
            textStart.Add(chars.Count);
            // The mark's key, "OFFICE:SERIAL[/REGISTRATION]", goes after all the texts.
            keyChars.AddRange(m.Office.AsSpan());
            keyChars.Add(':');
            keyChars.AddRange(m.SerialNumber.AsSpan());
            if (m.RegistrationNumber is { } registration)
            {
                keyChars.Add('/');
                keyChars.AddRange(registration.AsSpan());
            }
            keyEnds.Add(keyChars.Count);
        }
        keyStart.Add(chars.Count);
        var keysAt = chars.Count;
        chars.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keyChars));
        foreach (var end in keyEnds) keyStart.Add(keysAt + end);
        // The trie is built from the distinct skeletons in sorted order (see AhoCorasickBuilder); pattern ids stay in
        // order of first appearance, and the sorted order is kept for prefix search.
        var skeletons = patterns.Strings();
        var order = OrdinalSort.Order(skeletons);
        var sortedKeys = new string[order.Length];
        for (var i = 0; i < order.Length; i++) sortedKeys[i] = skeletons[order[i]];
        var patternMarkStart = new int[skeletons.Length + 1];
        var patternMarks = new int[storeIds.Count];
        var n = 0;
        for (var p = 0; p < skeletons.Length; p++)
        {
            patternMarkStart[p] = n;
            for (var m = firstMark[p]; m >= 0; m = nextMark[m]) patternMarks[n++] = m;
        }
        patternMarkStart[^1] = n;
        // Judging reads the folds only of patterns with other spellings: the fold hash in the facts stands for a lone
        // spelling. A pattern with others has its folds' place in PatternFoldChars there instead (see PatternFacts):
        // before format 12 every pattern's fold was written (58 MB at 3M marks, copied into huge pages), and before
        // format 14 they were found through a start per pattern (6 MB, a miss per look-up).
        var foldChars = new List<char>((moreFolds.Count * 40) + 16);
        for (var p = 0; p < skeletons.Length; p++)
        {
            if (!moreFolds.TryGetValue(p, out var more)) continue;
            var start = foldChars.Count;
            foldChars.AddRange(firstFolds[p]);
            foreach (var f in more)
            {
                foldChars.Add('\u0001');
                foldChars.AddRange(f.AsSpan());
            }
            foldHashes[p] = PatternFacts.FoldPlace(start, foldChars.Count);
        }
        var automaton = AhoCorasickBuilder.Build(sortedKeys, order, foldHashes.ToArray(),
            [.. Enumerable.Range(0, skeletons.Length).Select(p => PatternFacts.Bits(moreFolds.ContainsKey(p), flags[patternMarks[patternMarkStart[p]]] >> 2, dictionaryWords[p], digitPatterns[p], separatedPatterns[p]))], shallowDepth, profile);

        var sections = new object?[(int)IndexSection.Count];
        sections[(int)IndexSection.Root] = automaton.Root;
        sections[(int)IndexSection.FirstEdge] = automaton.FirstEdge;
        sections[(int)IndexSection.EdgeLabel] = automaton.EdgeLabel;
        sections[(int)IndexSection.ShallowStates] = automaton.ShallowStates;
        sections[(int)IndexSection.PatternChain] = automaton.PatternChain;
        sections[(int)IndexSection.DeepTerminal] = automaton.DeepTerminal;
        sections[(int)IndexSection.DeepTerminalRank] = automaton.DeepTerminalRank;
        sections[(int)IndexSection.DeepPatterns] = automaton.DeepPatterns;
        sections[(int)IndexSection.DeepStates] = automaton.DeepStates;
        sections[(int)IndexSection.AutomatonShape] = automaton.Shape;
        sections[(int)IndexSection.LabelAlphabet] = automaton.LabelAlphabet;
        sections[(int)IndexSection.ShallowLabels] = automaton.ShallowLabels;
        sections[(int)IndexSection.Retired4] = Array.Empty<int>();
        sections[(int)IndexSection.ShallowOtherLabels] = automaton.ShallowOtherLabels;
        sections[(int)IndexSection.ShallowOutputs] = automaton.ShallowOutputs;
        sections[(int)IndexSection.ShortPatterns] = automaton.ShortPatterns;
        sections[(int)IndexSection.ShortWords] = automaton.ShortWords;
        sections[(int)IndexSection.PatternsBySkeleton] = order;
        sections[(int)IndexSection.Retired3] = Array.Empty<int>();
        sections[(int)IndexSection.PatternMarkStart] = patternMarkStart;
        sections[(int)IndexSection.PatternMarks] = patternMarks;
        sections[(int)IndexSection.MarkStoreId] = storeIds;
        sections[(int)IndexSection.MarkClasses] = classMasks;
        sections[(int)IndexSection.MarkFlags] = flags;
        sections[(int)IndexSection.MarkTextStart] = textStart;
        sections[(int)IndexSection.MarkKeyStart] = keyStart;
        sections[(int)IndexSection.Chars] = chars;
        sections[(int)IndexSection.PatternStart] = patterns.Skeletons.Starts;
        sections[(int)IndexSection.PatternChars] = patterns.Skeletons.Chars;
        var fuzzyTable = FuzzyKeys.Table(skeletons, patternWords);
        sections[(int)IndexSection.FuzzyEntries] = fuzzyTable.Entries;
        sections[(int)IndexSection.Retired1] = Array.Empty<int>();
        sections[(int)IndexSection.Retired2] = Array.Empty<int>();
        sections[(int)IndexSection.FuzzyDirectory] = fuzzyTable.Directory;
        sections[(int)IndexSection.FuzzyFilter] = fuzzyTable.Filter;
        sections[(int)IndexSection.PatternFoldStart] = Array.Empty<int>();
        sections[(int)IndexSection.PatternFoldChars] = foldChars;
        var phoneticTable = phonetic.ToTable();
        sections[(int)IndexSection.PhoneticEntries] = phoneticTable.Entries;
        sections[(int)IndexSection.PhoneticDirectory] = phoneticTable.Directory;
        sections[(int)IndexSection.PhoneticFilter] = phoneticTable.Filter;
        return new MarkIndex(new ManagedStorage(sections));
    }

    private static bool Contains(List<string> folds, ReadOnlySpan<char> fold)
    {
        foreach (var f in folds)
            if (fold.SequenceEqual(f)) return true;
        return false;
    }

    private static void AddPhoneticKey(KeyList keys, ReadOnlySpan<char> fold, int skeletonLength, int pattern, int words)
    {
        if (skeletonLength < PhoneticKey.MinWordLength) return;
        if (KeyHash.TryPhonetic(fold, out var key)) keys.Add(KeyHash.ForWords(key, words), KeyTable.Payload(pattern, skeletonLength, words));
    }

    /// <summary>
    /// Copies the sections that <paramref name="hot"/> read at random from the mapped file into memory backed by 2 MB
    /// pages (see <see cref="MappedStorage"/>), for long screening runs: at 3M marks the normalised kinds ran 1.10-1.13
    /// times and all kinds 1.26-1.36 times as fast. Costs a read of those sections (207 MB for the normalised kinds at
    /// 3M marks, 414 MB more for typos) and that much private memory. Returns the bytes copied: 0 for an index built
    /// in memory, without transparent huge pages (Linux only), or when they are copied already. Safe while others match.
    /// </summary>
    public long UseHugePages(HotSections hot) => _storage is MappedStorage mapped ? mapped.CopyToHugePages(HotSectionList.Of(hot)) : 0;

    public void Dispose() => _storage.Dispose();
}
