using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Matching;

/// <summary>
/// Finds every indexed mark in a text. One linear Aho-Corasick pass over the text's skeleton (see MatchText) yields
/// candidate hits; each is then judged against word boundaries and compared with the mark's exact form to name its
/// kind. Not thread-safe: one matcher per thread (they share the immutable index).
/// <para>Precision rules, because registers are full of everyday words and very short marks:</para>
/// <list type="bullet">
/// <item>a hit must start and end on word boundaries (a trailing plural "s"/"es" allowed), or lie inside one word
/// (a compound), never straddle words half-way;</item>
/// <item>marks of one or two characters only count as a whole word, exactly;</item>
/// <item>compounds and disguised spellings (homoglyph, leetspeak) need marks of four characters or more.</item>
/// </list>
/// </summary>
public sealed partial class MarkMatcher(MarkIndex index)
{
    /// <summary>The shortest mark found disguised (homoglyph, leetspeak) or glued into a word: shorter ones are some word's piece.</summary>
    internal const int MinDisguisedLength = 4;
    private const int MinCompoundLength = 4;
    private const int MaxShortLength = 2;
    /// <summary>The most a hit across words may take of the word it cuts and still be an accident (see Judge).</summary>
    private const int MaxCutPiece = 2;


    /// <summary>The lanes a batch of texts is scanned in (see <see cref="FindSpans(ReadOnlySpan{string}, ReadOnlySpan{List{PatternSpan}})"/>); a single text uses the first.</summary>
    private ScanLane[] _lanes = [new()];
    /// <summary>The lane whose text is being judged: its text and the scan's candidates in it.</summary>
    private ScanLane _lane = null!;
    private MatchText _text => _lane.Text;
    private List<ScanHit> _raw => _lane.Raw;
    private readonly List<PatternSpan> _spans = [];
    /// <summary>Where the touching passes (typo entries and skeletons read before any is used) leave their sum, so that those loads are not optimised away.</summary>
    private long _touched;

    /// <summary>
    /// A raw hit of the scan: where its pattern's entry lies (<see cref="Entry"/>) and where it ends in the stream.
    /// Eight bytes, so that recording one is a single store. A hit that carried a copy of its pattern's facts (twenty
    /// bytes) was built on the stack and copied into the list, and the copy's wide load stalled on the narrow stores
    /// just made (a failed store-to-load forward): a twentieth of the normalised kinds' time in the profile. Judging
    /// reads the facts from the entry instead, and then waits for it: in one process, alternating, the two read the
    /// same (0.98-1.00), so the smaller hit is kept for its simplicity, not its speed.
    /// </summary>
    private readonly struct ScanHit(int entry, int end)
    {
        public readonly int Entry = entry;
        public readonly int End = end;
    }

    /// <summary>Where a hit's facts are: the top two bits of <see cref="ScanHit.Entry"/> name the array, the rest the place in it.</summary>
    private static class Entry
    {
        private const int ShortWordTag = 1 << 30, ChainTag = 2 << 30, PlaceMask = (1 << 30) - 1;

        public static int Output(int o) => o;

        public static int ShortWord(int key) => key | ShortWordTag;

        public static int Chain(int pattern) => pattern | ChainTag;

        /// <summary>Starts loading the line of <paramref name="entry"/>'s facts.</summary>
        public static void Prefetch(in IndexView view, int entry)
        {
            var place = entry & PlaceMask;
            switch (entry >>> 30)
            {
                case 0:
                    CacheLines.Prefetch(view.ShallowOutputs, place);
                    break;
                case 1:
                    CacheLines.Prefetch(view.ShortWords, place);
                    break;
                default:
                    CacheLines.Prefetch(view.PatternChain, place);
                    break;
            }
        }

        /// <summary>The facts of the pattern behind <paramref name="entry"/>, and the pattern.</summary>
        public static ref readonly PatternFacts Facts(in IndexView view, int entry, out int pattern)
        {
            var place = entry & PlaceMask;
            switch (entry >>> 30)
            {
                case 0:
                    pattern = view.ShallowOutputs[place].Pattern;
                    return ref view.ShallowOutputs[place].Facts;
                case 1:
                    pattern = view.ShortWords[place].Pattern;
                    return ref view.ShortWords[place].Facts;
                default:
                    pattern = place;
                    return ref view.PatternChain[place].Facts;
            }
        }
    }

    /// <summary>Whether to look for typo and sound-alike variants too (on by default; the normalised kinds are always on).</summary>
    public bool Approximate { get; init; } = true;

    /// <summary>Runs the automaton only and counts raw candidate hits: the allocation-free core, for benchmarks.</summary>
    public int CountCandidates(ReadOnlySpan<char> text)
    {
        ScanAlone(new IndexView(index), text);
        return _raw.Count;
    }

    /// <summary>The automaton's raw candidates, (pattern, end in the stream): for the property test against a naive search.</summary>
    internal List<(int Pattern, int End)> Candidates(ReadOnlySpan<char> text)
    {
        CountCandidates(text);
        var view = new IndexView(index);
        var candidates = new List<(int Pattern, int End)>(_raw.Count);
        foreach (var c in _raw)
        {
            Entry.Facts(view, c.Entry, out var pattern);
            candidates.Add((pattern, c.End));
        }
        return candidates;
    }

    /// <summary>
    /// Every match in <paramref name="text"/> as (pattern, span) pairs, in text order, into <paramref name="output"/>
    /// (cleared first). Allocates nothing once the matcher's buffers have grown: the screening hot path.
    /// </summary>
    public int FindSpans(string text, List<PatternSpan> output)
    {
        output.Clear();
        var view = new IndexView(index);
        ScanAlone(view, text);
        JudgeLane(view, text, output);
        return output.Count;
    }

    /// <summary>Scans one text in the first lane, which becomes the current one.</summary>
    private void ScanAlone(in IndexView view, ReadOnlySpan<char> text)
    {
        _lane = _lanes[0];
        _lane.Start(text, 0);
        Scan(view, _lane);
    }

    /// <summary>Judges the scan's candidates in the current lane's text, then looks for the approximate kinds.</summary>
    private void JudgeLane(in IndexView view, string text, List<PatternSpan> output)
    {
        // Every candidate's entry is prefetched before any is judged, so that their misses overlap (1.03 times as fast
        // as judging alone; loading them in a loop instead, 1.03 times slower than prefetching).
        foreach (var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_raw)) Entry.Prefetch(view, c.Entry);
        // No repeats to drop: a (pattern, end) candidate comes once, and it fixes the span. Compounds are judged after
        // the whole-word hits, so that those inside a longer mark found whole are dropped before anything of theirs is
        // read (see WholeWordsCover), and merged in after.
        StartWholeWords();
        foreach (var candidate in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_raw)) Judge(view, text, candidate, output, true);
        if (_pieces.Count > 0)
        {
            var whole = output.Count;
            foreach (var candidate in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pieces)) Judge(view, text, candidate, output, false);
            if (output.Count > whole) MergeByEnd(output, whole);
        }
        if (Approximate) FindApproximate(view, text, output);
    }

    /// <summary>
    /// Whether stream characters [<paramref name="start"/>, <paramref name="end"/>] are exactly the skeleton of some
    /// indexed mark: the scan then reported a candidate ending there with that length. Asking the scan's candidates
    /// (in order of their end, so searched by halves: reading them from the first was quadratic in a long description)
    /// costs nothing; walking the trie again took a cache miss per character.
    /// </summary>
    private bool IsPattern(in IndexView view, int start, int end)
    {
        var raw = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_raw);
        int lo = 0, hi = raw.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (raw[mid].End >= end) hi = mid;
            else lo = mid + 1;
        }
        for (var i = lo; i < raw.Length && raw[i].End == end; i++)
            if (Entry.Facts(view, raw[i].Entry, out _).Length == end - start + 1) return true;
        return false;
    }

    /// <summary>Adds the candidate's span to <paramref name="output"/> if it counts (see the class remarks), with its kind.</summary>
    private void Judge(in IndexView view, string text, ScanHit candidate, List<PatternSpan> output, bool deferPieces)
    {
        // The entry where the scan found the candidate (prefetched before judging began) holds what a first judgement
        // needs (length, and the fold hash or where the folds are). (Built in place: copies of these structs through a
        // nullable return were a tenth of the normalised kinds' time.)
        ref readonly var link = ref Entry.Facts(view, candidate.Entry, out var pattern);
        var end = candidate.End;
        var length = link.Length;
        var start = end - length + 1;
        var flags = _text;
        var startAligned = (flags.Flags(start) & MatchText.Boundary.WordStart) != 0;
        var endAligned = (flags.Flags(end) & MatchText.Boundary.WordEnd) != 0;
        var words = flags.WordIndex(end) - flags.WordIndex(start) + 1;
        // In a spelled-out run ("S-a-m-s-u-n-g") the run is the word: a hit whose first or last letter goes on into
        // more single letters across the run's own separator is cut from it ("s-u-n" is no SUN), as "sun" in
        // "samsung" is (see ContinuesRun; asked only of hits over several words).
        if (words > 1)
        {
            if (startAligned && ContinuesRun(flags, text, start, start + 1, -1)) startAligned = false;
            if (endAligned && ContinuesRun(flags, text, end, end - 1, 1)) endAligned = false;
        }
        var plural = !endAligned && flags.BeforePlural(end);
        endAligned |= plural;
        var aligned = startAligned && endAligned;
        // Unaligned hits are compounds: inside one word, or glued to a neighbour at one end of a multi-word mark
        // ("Sassy Tulipdress"). A hit cut at both ends across words is an accident of the squashed text.
        if (!aligned && (length < MinCompoundLength || (words > 1 && !startAligned && !endAligned))) return;
        // So is a one-word mark across white space that takes a letter or two of the word it cuts: "Per pkt" holds no
        // PERP, "Blythe Shop" no ESHOP, "molex power" no XPOWER. Glued on, the word holds a real part of the mark
        // ("air bagcase"); a mark of several words may end in a short one ("Be 13Printed", "find itsns01703"). (The
        // words are the pattern's first registration's: where "TopQ" came before "TOP Q", "TOP QFlip" is dropped.)
        if (!aligned && words > 1 && link.WordCount == 1 && CutPiece(flags, text, start, end, startAligned) <= MaxCutPiece) return;
        // Ideographs are one word each, so a two-character CJK mark spans two "words" and is not short in that sense.
        // (Asked only of short hits: asked of every hit, it was half a percent of the normalised kinds' profile.)
        if (length <= MaxShortLength && (!aligned || words != 1 || plural) && !MatchText.IsIdeographic(flags.Chars[start])) return;
        // A one-letter mark is no mark inside a spelled-out word: the "e" of "N i k e" or "N.I.K.E" (see InSpelledRun).
        if (length == 1 && InSpelledRun(flags, text, start)) return;
        if (!aligned)
        {
            if (deferPieces)
            {
                _pieces.Add(candidate);
                return;
            }
            if (WholeWordsCover(flags.WordIndex(start), flags.WordIndex(end))) return;
        }

        var originalStart = flags.OriginalStart(start);
        var originalEnd = flags.OriginalEnd(end);
        var span = text.AsSpan(originalStart, originalEnd - originalStart);
        MatchKind kind;
        var editDistance = 0;
        // A lone spelling's fold hash settles a hit without reading any fold; a pattern with others (a few thousand at
        // 3M marks) says where their folds are, in a small section.
        var exact = link.HasOtherSpellings ? FoldMatches(view.Folds(link), span) : link.FoldHash == flags.FoldHashOf(originalStart, originalEnd);
        if (exact && !(flags.HasInvisible && HasInvisible(span)))
        {
            kind = !aligned ? MatchKind.Compound
                : words >= 3 && length <= words * 3 / 2 ? MatchKind.Spaced
                : MatchKind.Exact;
        }
        else
        {
            if (length < MinDisguisedLength) return;
            // Plain ASCII letters inside a word that only the skeleton turns into a mark are part of the listing's own
            // word, not a disguise: "ilve" in "silver" reads as LIVE through the I/l class. Dropped unless the hit
            // starts the word ("lPhonecase" stays): on the shared titles with the brand lists as the register, 6,948
            // hits of 257,311 (a sample read by hand: all accidents); eval's recall did not move. Whole English words
            // read that way ("flat" as FIAT) are left to judging (FindingJudge.Incidental): asking the dictionary
            // here cost 1 % of the normalised kinds' time and 8 MB of their resident memory.
            if (!startAligned && IsPlainLetters(span)) return;
            if (!aligned && IsQuantity(span)) return;
            // Plain letters that differ from the mark in I/l alone are a look-alike only where drawn so ("NlKE",
            // "AppIe"): "lcd" is no ICD, "Dia" no DLA, "nell" no NEIL (see LetterSwaps; the mark's fold is known by
            // its hash). A transposed "il" over the mark's own words is a typo ("Ailsha" for ALISHA, "TP-ILNK"), where
            // the mark is long enough for one: the typo pass, which skips spellings with the mark's own skeleton,
            // cannot name it. Over other words it is an accident of the squashed text ("holi and" is no HOLLAND).
            if (!link.HasOtherSpellings && LetterSwaps.Of(span, link.FoldHash, out var transposed) == LetterSwaps.Verdict.Plain)
            {
                if (!transposed || IndexedMark.CountWords(span) != link.WordCount || EditDistance.Allowed(length) == 0) return;
                kind = MatchKind.Fuzzy;
                editDistance = 1;
            }
            else
            {
                // Spelled as the mark, with an invisible character inside: that character is the disguise, whatever
                // digits the mark has of its own ("Be 1\u200B3" is BE 13 disguised so, not in leetspeak: eval's
                // invisible cases of brands with digits were named leetspeak, 413 of 34,536).
                kind = exact ? MatchKind.Homoglyph : Disguise(span);
                if (kind == MatchKind.Leetspeak && NumberWordInOneWordMark(span, link)) return;
            }
        }
        if (aligned && kind < MatchKind.Fuzzy && link.WordCount == 1) MarkWholeWords(flags.WordIndex(start), flags.WordIndex(end));
        output.Add(new PatternSpan(pattern, new MatchSpan(originalStart, originalEnd - originalStart, kind, !aligned, flags.WordIndex(start), plural, editDistance)));
    }

    /// <summary>Whether the text equals the exact form of one of the spellings behind the pattern (precomputed in the index).</summary>
    private static bool FoldMatches(ReadOnlySpan<char> folds, ReadOnlySpan<char> span)
    {
        // Almost every pattern has one spelling: compare it whole before looking for separators.
        while (true)
        {
            var end = folds.IndexOf('\u0001');
            if (MatchText.FoldEquals(span, end < 0 ? folds : folds[..end])) return true;
            if (end < 0) return false;
            folds = folds[(end + 1)..];
        }
    }
}
