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
    private const int MinDisguisedLength = 4;
    private const int MinCompoundLength = 4;
    private const int MaxShortLength = 2;


    private readonly MatchText _text = new();
    private readonly List<ScanHit> _raw = [];
    private readonly List<PatternSpan> _spans = [];
    /// <summary>Where the touching passes (typo entries and skeletons read before any is compared) leave their sum, so that those loads are not optimised away.</summary>
    private long _touched;

    /// <summary>A raw hit of the scan: the pattern, where it ends in the stream, and its facts, copied from where the scan found it.</summary>
    private readonly record struct ScanHit(int Pattern, int End, PatternFacts Facts);

    /// <summary>Whether to look for typo and sound-alike variants too (on by default; the normalised kinds are always on).</summary>
    public bool Approximate { get; init; } = true;

    /// <summary>Runs the automaton only and counts raw candidate hits: the allocation-free core, for benchmarks.</summary>
    public int CountCandidates(ReadOnlySpan<char> text)
    {
        _text.Set(text);
        Scan(new IndexView(index));
        return _raw.Count;
    }

    /// <summary>The automaton's raw candidates, (pattern, end in the stream): for the property test against a naive search.</summary>
    internal List<(int Pattern, int End)> Candidates(ReadOnlySpan<char> text)
    {
        CountCandidates(text);
        return [.. _raw.Select(c => (c.Pattern, c.End))];
    }

    /// <summary>
    /// Every match in <paramref name="text"/> as (pattern, span) pairs, in text order, into <paramref name="output"/>
    /// (cleared first). Allocates nothing once the matcher's buffers have grown: the screening hot path.
    /// </summary>
    public int FindSpans(string text, List<PatternSpan> output)
    {
        output.Clear();
        var view = new IndexView(index);
        _text.Set(text);
        Scan(view);
        foreach (var candidate in _raw)
        {
            if (Judge(view, text, candidate) is not { } span) continue;
            // No repeats to drop: a (pattern, end) candidate comes once, and it fixes the span.
            output.Add(new PatternSpan(candidate.Pattern, span));
        }
        if (Approximate) FindApproximate(view, text, output);
        return output.Count;
    }

    /// <summary>Every mark found in <paramref name="text"/>, once each with all its spans, in order of first appearance.</summary>
    public IReadOnlyList<MarkHit> Find(string text)
    {
        if (FindSpans(text, _spans) == 0) return [];
        // Group by pattern, keeping the order in which patterns first appear in the text.
        _spans.Sort((a, b) => a.Pattern != b.Pattern ? a.Pattern.CompareTo(b.Pattern) : a.Span.Start.CompareTo(b.Span.Start));
        var view = new IndexView(index);
        var hits = new List<MarkHit>(Math.Min(_spans.Count, 64));
        for (var i = 0; i < _spans.Count;)
        {
            var pattern = _spans[i].Pattern;
            var j = i;
            while (j < _spans.Count && _spans[j].Pattern == pattern) j++;
            var spans = new MatchSpan[j - i];
            var best = _spans[i].Span.Kind;
            for (var k = i; k < j; k++)
            {
                spans[k - i] = _spans[k].Span;
                if (_spans[k].Span.Kind < best) best = _spans[k].Span.Kind;
            }
            ref readonly var facts = ref view.PatternChain[pattern].Facts;
            hits.Add(new MarkHit(index, pattern, best, spans, facts.Length, facts.WordCount));
            i = j;
        }
        hits.Sort(static (a, b) => a.FirstStart.CompareTo(b.FirstStart));
        return hits;
    }

    private static bool Overlaps(List<PatternSpan> found, int pattern, int start, int end)
    {
        foreach (var f in found)
            if (f.Pattern == pattern && f.Span.Start < end && start < f.Span.Start + f.Span.Length) return true;
        return false;
    }

    /// <summary>
    /// Whether stream characters [<paramref name="start"/>, <paramref name="end"/>] are exactly the skeleton of some
    /// indexed mark: the scan then reported a candidate ending there with that length. Asking the scan's candidates
    /// (in order of their end) costs nothing; walking the trie again took a cache miss per character.
    /// </summary>
    private bool IsPattern(in IndexView view, int start, int end)
    {
        foreach (var candidate in _raw)
        {
            if (candidate.End > end) break;
            if (candidate.End == end && candidate.Facts.Length == end - start + 1) return true;
        }
        return false;
    }

    /// <summary>
    /// Aho-Corasick over the shallow part of the automaton, with a forward tail walk from every state of full shallow
    /// depth for the longer marks (see AhoCorasickBuilder). Candidates go into _raw in order of their end.
    /// <para>
    /// Measured and left out: cutting the text into two to four lanes scanned in lock step (a lane can start anywhere
    /// if it starts ShallowDepth characters early), so that their cache misses overlap, with and without software
    /// prefetch of the next state's record. It ran 5-10% slower at 3M marks and 20% slower at 10k: the lanes' extra
    /// work and branch mispredictions cost more than the overlap gained.
    /// </para>
    /// </summary>
    private void Scan(in IndexView view)
    {
        _raw.Clear();
        var states = view.States;
        var root = view.Root;
        var labels = view.ShallowLabels;
        var alphabet = view.LabelAlphabet;
        var chars = _text.Chars;
        var state = 0;
        var walked = false;
        for (var i = 0; i < chars.Length; i++)
        {
            state = Advance(states, root, labels, alphabet, state, chars[i]);
            walked |= Emit(view, state, i, _raw);
        }
        if (walked) SortRawByEnd();
    }

    /// <summary>One scan step: the goto transition, following failure links until one exists or the root is reached.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Advance(ReadOnlySpan<ShallowState> states, ReadOnlySpan<int> root, ReadOnlySpan<char> labels, ReadOnlySpan<byte> alphabet, int state, char c)
    {
        int next;
        while ((next = Automaton.Step(states, root, labels, alphabet, state, c)) < 0 && state != 0) state = states[state].Fail;
        return next < 0 ? 0 : next;
    }

    /// <summary>The candidates ending at <paramref name="i"/> in <paramref name="state"/>: its output chain, and a tail walk from full depth.</summary>
    private bool Emit(in IndexView view, int state, int i, List<ScanHit> raw)
    {
        // The chains hold patterns of four characters or more; shorter ones come from EmitShort.
        ref readonly var record = ref view.States[state];
        if (record.HasOutput)
        {
            // The chain written out per record: walking it through the patterns' records was a dependent miss each.
            var outputs = view.ShallowOutputs;
            for (int o = view.ShallowOutputStart[state], end = view.ShallowOutputStart[state + 1]; o < end; o++) raw.Add(new ScanHit(outputs[o].Pattern, i, outputs[o].Facts));
        }
        if ((_text.Flags(i) & MatchText.Boundary.WordEnd) != 0 || BeforePlural(i)) EmitShort(view, i, raw);
        return record.IsFullDepth && TailWalk(view, record, i, raw);
    }

    /// <summary>
    /// The patterns of one to three characters that end at <paramref name="end"/> (a word's end, or before a plural
    /// ending) and start at a word start: Judge counts short marks only as whole words, so nothing else could count.
    /// Their states are the first three levels of the trie, which stay in cache.
    /// </summary>
    private void EmitShort(in IndexView view, int end, List<ScanHit> raw)
    {
        var shortPatterns = view.ShortPatterns;
        var chars = _text.Chars;
        for (var length = Math.Min(AhoCorasickBuilder.ShortPatternLength - 1, end + 1); length >= 1; length--)
        {
            var start = end - length + 1;
            if ((_text.Flags(start) & MatchText.Boundary.WordStart) == 0) continue;
            var state = 0;
            for (var j = start; j <= end && state >= 0; j++) state = view.Goto(state, chars[j]);
            if ((uint)state < (uint)shortPatterns.Length && shortPatterns[state] is var pattern and >= 0) raw.Add(new ScanHit(pattern, end, view.PatternChain[pattern].Facts));
        }
    }

    /// <summary>Follows the text from full-depth <paramref name="record"/> (at the end of position <paramref name="at"/>) into the deep states.</summary>
    private bool TailWalk(in IndexView view, in ShallowState record, int at, List<ScanHit> raw)
    {
        var chars = _text.Chars;
        var found = false;
        for (int j = at + 1, state = -1; j < chars.Length; j++)
        {
            // The first step is from the record itself; the deep states' own edges are in the breadth-first arrays.
            state = state < 0 ? Automaton.Child(record, view.EdgeLabel, 1, view.LabelAlphabet, chars[j]) : view.Goto(state, chars[j]);
            if (state < 0) break;
            var pattern = view.DeepPattern(state);
            if (pattern < 0) continue;
            ref readonly var facts = ref view.PatternChain[pattern].Facts;
            if (facts.Length < AhoCorasickBuilder.ShortPatternLength) continue; // EmitShort's
            raw.Add(new ScanHit(pattern, j, facts));
            found = true;
        }
        return found;
    }

    /// <summary>Tail walks report hits ahead of the scan: a stable insertion sort (the list is almost in order) restores end order.</summary>
    private void SortRawByEnd()
    {
        for (var i = 1; i < _raw.Count; i++)
        {
            var x = _raw[i];
            var j = i - 1;
            while (j >= 0 && _raw[j].End > x.End)
            {
                _raw[j + 1] = _raw[j];
                j--;
            }
            _raw[j + 1] = x;
        }
    }

    private MatchSpan? Judge(in IndexView view, string text, in ScanHit candidate)
    {
        // The candidate brought what a first judgement needs (length, fold hash) from the scan.
        var link = candidate.Facts;
        var end = candidate.End;
        var length = link.Length;
        var start = end - length + 1;
        var flags = _text;
        var startAligned = (flags.Flags(start) & MatchText.Boundary.WordStart) != 0;
        var endAligned = (flags.Flags(end) & MatchText.Boundary.WordEnd) != 0;
        var plural = !endAligned && IsPluralSuffix(end);
        endAligned |= plural;
        var words = flags.WordIndex(end) - flags.WordIndex(start) + 1;
        var aligned = startAligned && endAligned;
        // Unaligned hits are compounds: inside one word, or glued to a neighbour at one end of a multi-word mark
        // ("Sassy Tulipdress"). A hit cut at both ends across words is an accident of the squashed text.
        if (!aligned && (length < MinCompoundLength || (words > 1 && !startAligned && !endAligned))) return null;
        // Ideographs are one word each, so a two-character CJK mark spans two "words" and is not short in that sense.
        var ideographic = MatchText.IsIdeographic(flags.Chars[start]);
        if (length <= MaxShortLength && !ideographic && (!aligned || words != 1 || plural)) return null;

        var originalStart = flags.OriginalStart(start);
        var originalEnd = flags.OriginalEnd(end);
        var span = text.AsSpan(originalStart, originalEnd - originalStart);
        MatchKind kind;
        // The first spelling's fold hash settles most hits without reading the pattern's folds (a cache miss each).
        if ((link.FoldHash == MatchText.FoldHash(span) || (link.HasOtherSpellings && FoldMatches(view.Folds(candidate.Pattern), span))) && !HasInvisible(span))
        {
            kind = !aligned ? MatchKind.Compound
                : words >= 3 && length <= words * 3 / 2 ? MatchKind.Spaced
                : MatchKind.Exact;
        }
        else
        {
            if (length < MinDisguisedLength) return null;
            kind = Disguise(span);
        }
        return new MatchSpan(originalStart, originalEnd - originalStart, kind, !aligned, flags.WordIndex(start), plural);
    }

    /// <summary>IsPluralSuffix for the scan, which asks at every character: most are followed by neither 's' nor 'e'.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool BeforePlural(int i) => i + 1 < _text.Length && _text.Chars[i + 1] is 's' or 'e' && IsPluralSuffix(i);

    private bool IsPluralSuffix(int end)
    {
        if (Continues(end + 1) && Char(end + 1) == 's' && EndsWord(end + 1)) return true;
        return Continues(end + 1) && Char(end + 1) == 'e' && Continues(end + 2) && Char(end + 2) == 's' && EndsWord(end + 2);
    }

    private bool Continues(int i) => i < _text.Length && (_text.Flags(i) & MatchText.Boundary.WordStart) == 0;

    private bool EndsWord(int i) => (_text.Flags(i) & MatchText.Boundary.WordEnd) != 0;

    private char Char(int i) => _text.Chars[i];

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

    private static bool HasInvisible(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') return true;
        return false;
    }

    /// <summary>
/// A disguised spelling: foreign look-alikes, invisible characters inside the word, or the I/l swap are homoglyphs;
/// digits and symbols standing for letters are leetspeak.
/// </summary>
    private static MatchKind Disguise(ReadOnlySpan<char> span)
    {
        var folding = CharFolding.Instance;
        var leet = false;
        foreach (var c in span)
        {
            if (c >= 0x80)
            {
                var fold = folding.Fold(c, out var ignorable);
                var skeleton = folding.Skeleton(c, out _);
                if (!ignorable && !fold.SequenceEqual(skeleton) && !char.IsAsciiDigit(fold.IsEmpty ? ' ' : fold[0])) return MatchKind.Homoglyph;
            }
            else if (char.IsAsciiDigit(c) || c is '@' or '$' or '!' or '|' or '+')
            {
                leet = true;
            }
        }
        return leet ? MatchKind.Leetspeak : MatchKind.Homoglyph;
    }
}
