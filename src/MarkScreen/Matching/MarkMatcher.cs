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
public sealed class MarkMatcher(MarkIndex index)
{
    private const int MinDisguisedLength = 4;
    private const int MinCompoundLength = 4;
    private const int MaxShortLength = 2;

    private const int MinPhoneticLength = PhoneticKey.MinWordLength;

    private const int MaxWindowWords = 3;
    private const int MaxWindowLength = 32;

    private readonly MatchText _text = new();
    private readonly List<(int Pattern, int End)> _raw = [];
    private readonly List<PatternSpan> _spans = [];
    private readonly StampedSet _seen = new();
    private readonly List<int> _candidates = [];
    private readonly List<PatternLink> _links = [];
    private readonly List<(int Start, int End)> _words = [];
    private readonly List<bool> _english = [];

    /// <summary>Whether to look for typo and sound-alike variants too (on by default; the normalised kinds are always on).</summary>
    public bool Approximate { get; init; } = true;

    /// <summary>Runs the automaton only and counts raw candidate hits: the allocation-free core, for benchmarks.</summary>
    public int CountCandidates(ReadOnlySpan<char> text)
    {
        _text.Set(text);
        _raw.Clear();
        Scan(new IndexView(index));
        return _raw.Count;
    }

    /// <summary>The automaton's raw candidates, (pattern, end in the stream): for the property test against a naive search.</summary>
    internal List<(int Pattern, int End)> Candidates(ReadOnlySpan<char> text)
    {
        CountCandidates(text);
        return [.. _raw];
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
        _raw.Clear();
        Scan(view);
        foreach (var (pattern, end) in _raw)
        {
            if (Judge(view, text, pattern, end) is not { } span) continue;
            // No repeats to drop: a (pattern, end) candidate comes once, and it fixes the span.
            output.Add(new PatternSpan(pattern, span));
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
        var hits = new List<MarkHit>();
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
            var first = view.FirstMark(pattern);
            hits.Add(new MarkHit(index, pattern, first, best, spans, view.PatternLength[pattern], view.WordCount(first)));
            i = j;
        }
        hits.Sort((a, b) => a.Spans[0].Start.CompareTo(b.Spans[0].Start));
        return hits;
    }

    /// <summary>
    /// Typos and sound-alikes, over windows of one to three whole words (so they can only ever be word-aligned):
    /// candidates from the index's deletion and phonetic tables, verified by the real edit distance.
    /// </summary>
    private void FindApproximate(in IndexView view, string text, List<PatternSpan> found)
    {
        _words.Clear();
        for (var i = 0; i < _text.Length; i++)
        {
            if ((_text.Flags(i) & MatchText.Boundary.WordStart) != 0) _words.Add((i, i));
            if ((_text.Flags(i) & MatchText.Boundary.WordEnd) != 0 && _words.Count > 0) _words[^1] = (_words[^1].Start, i);
        }
        Span<char> fold = stackalloc char[96];
        Span<char> key = stackalloc char[64];
        Span<long> deletions = stackalloc long[MaxWindowLength];
        Span<long> keys = stackalloc long[MaxWindowLength + 1];
        Span<long> words = stackalloc long[MaxWindowLength + 1];
        // A real English word is not a misspelling: windows made only of dictionary words ("summer dress") are not
        // looked up as typos or sound-alikes of marks. Most title words are English, so this is most of the work saved.
        _english.Clear();
        foreach (var (start, end) in _words)
        {
            var os = _text.OriginalStart(start);
            var n = MatchText.FoldInto(text.AsSpan(os, _text.OriginalEnd(end) - os), fold);
            _english.Add(n >= 2 && n < fold.Length && EnglishWords.Contains(fold[..n]));
        }
        for (var w = 0; w < _words.Count; w++)
        {
            var allEnglish = true;
            for (var k = w; k < _words.Count && k < w + MaxWindowWords; k++)
            {
                allEnglish &= _english[k];
                if (allEnglish) continue;
                int start = _words[w].Start, end = _words[k].End;
                var window = _text.Chars[start..(end + 1)];
                if (window.Length > MaxWindowLength) break;
                // Four characters: a five-letter mark with one letter dropped must still be seen.
                if (window.Length < 4 || MatchText.IsIdeographic(window[0])) continue;
                // A window that is itself a registered spelling is a word in its own right ("simmer" is not a typo of
                // SUMMER when SIMMER is registered too), dictionary or not.
                if (IsPattern(view, window)) continue;
                var originalStart = _text.OriginalStart(start);
                var originalEnd = _text.OriginalEnd(end);

                _seen.Clear();
                var windowWords = k - w + 1;
                var probes = 0;
                keys[probes++] = KeyHash.Polynomial(window);
                KeyHash.PolynomialDeletions(window, deletions);
                for (var i = 0; i < window.Length; i++)
                    if (i == 0 || window[i] != window[i - 1]) keys[probes++] = deletions[i];
                // All filter words are loaded before any is tested: independent loads the processor overlaps, where a
                // test after each load would wait for one cache miss after another.
                for (var i = 0; i < probes; i++) words[i] = KeyHash.FilterWord(view.FuzzyFilter, keys[i]);
                var passing = 0;
                for (var i = 0; i < probes; i++)
                    if (KeyHash.InFilterWord(words[i], keys[i])) keys[passing++] = keys[i];
                if (passing > 0) TypoCandidates(view, keys[..passing], window, originalStart, originalEnd, w, windowWords, found);

                var folded = MatchText.FoldInto(text.AsSpan(originalStart, originalEnd - originalStart), fold);
                if (folded < MinPhoneticLength) continue;
                var keyLength = PhoneticKey.Write(fold[..folded], key);
                if (keyLength < 3) continue;
                var sound = KeyHash.Polynomial(key[..keyLength]);
                if (KeyHash.MayContain(view.PhoneticFilter, sound))
                    SoundAlikeCandidates(view, sound, window, originalStart, originalEnd, w, windowWords, found);
            }
        }
    }

    /// <summary>
    /// The typo candidates of one window from the keys that passed the filter, in stages that each load what the next
    /// needs for all candidates at once (bucket bounds, then patterns, then their chain records): the loads of a
    /// stage are independent, so their cache misses overlap instead of queueing one behind another.
    /// </summary>
    private void TypoCandidates(in IndexView view, ReadOnlySpan<long> keys, ReadOnlySpan<char> window,
        int originalStart, int originalEnd, int wordPosition, int windowWords, List<PatternSpan> found)
    {
        var directory = view.FuzzyDirectory;
        var bits = KeyHash.DirectoryBitsOf(directory);
        Span<int> lo = stackalloc int[keys.Length];
        Span<int> hi = stackalloc int[keys.Length];
        for (var j = 0; j < keys.Length; j++)
        {
            var b = KeyHash.Bucket(keys[j], bits);
            lo[j] = directory[b];
            hi[j] = directory[b + 1];
        }
        var fingerprints = view.FuzzyKeys;
        var patterns = view.FuzzyPatterns;
        _candidates.Clear();
        for (var j = 0; j < keys.Length; j++)
        {
            var fingerprint = KeyHash.Fingerprint(keys[j]);
            for (var e = lo[j]; e < hi[j]; e++)
                if (fingerprints[e] == fingerprint && _seen.Add(patterns[e])) _candidates.Add(patterns[e]);
        }
        _links.Clear();
        foreach (var pattern in _candidates) _links.Add(view.PatternChain[pattern]);
        for (var c = 0; c < _candidates.Count; c++)
        {
            // A typo keeps the number of words (a run of words matching a shorter mark is a different phrase), and no
            // distance within the allowance bridges a larger difference in length.
            var link = _links[c];
            if (link.WordCount != windowWords) continue;
            var allowed = EditDistance.Allowed(link.Length);
            if (Math.Abs(link.Length - window.Length) > allowed) continue;
            var pattern = _candidates[c];
            var distance = EditDistance.Osa(window, view.Skeleton(pattern), allowed);
            if (distance == 0 || distance > allowed) continue;
            if (Overlaps(found, pattern, originalStart, originalEnd)) continue;
            found.Add(new PatternSpan(pattern, new MatchSpan(originalStart, originalEnd - originalStart, MatchKind.Fuzzy, false, wordPosition, false, distance)));
        }
    }

    /// <summary>
    /// The sound-alike candidates of one window's phonetic key (typo candidates already seen are skipped): same number
    /// of words, a mark long enough to judge by sound, and within two characters of the window's length.
    /// </summary>
    private void SoundAlikeCandidates(in IndexView view, long hash, ReadOnlySpan<char> window,
        int originalStart, int originalEnd, int wordPosition, int windowWords, List<PatternSpan> found)
    {
        const int allowed = 3; // beyond this the distance is reported as -1: sound, not spelling, carries the match
        var patterns = view.PhoneticPatterns;
        var range = KeyHash.Find(view.PhoneticKeys, view.PhoneticDirectory, hash);
        for (var i = range.Start.Value; i < range.End.Value; i++)
        {
            var pattern = patterns[i];
            if (!_seen.Add(pattern)) continue;
            ref readonly var link = ref view.PatternChain[pattern];
            if (link.WordCount != windowWords) continue;
            var length = link.Length;
            if (length < MinPhoneticLength || Math.Abs(length - window.Length) > 2) continue;
            var distance = EditDistance.Osa(window, view.Skeleton(pattern), allowed);
            if (distance == 0) continue;
            if (Overlaps(found, pattern, originalStart, originalEnd)) continue;
            found.Add(new PatternSpan(pattern, new MatchSpan(originalStart, originalEnd - originalStart, MatchKind.Phonetic, false, wordPosition, false,
                distance > allowed ? -1 : distance)));
        }
    }

    private static bool Overlaps(List<PatternSpan> found, int pattern, int start, int end)
    {
        foreach (var f in found)
            if (f.Pattern == pattern && f.Span.Start < end && start < f.Span.Start + f.Span.Length) return true;
        return false;
    }

    /// <summary>Whether <paramref name="window"/> is exactly the skeleton of some indexed mark (a walk down the trie).</summary>
    private static bool IsPattern(in IndexView view, ReadOnlySpan<char> window)
    {
        var state = 0;
        foreach (var c in window)
        {
            state = view.Goto(state, c);
            if (state < 0) return false;
        }
        return view.PatternAt(state, window.Length) >= 0;
    }

    /// <summary>
    /// Aho-Corasick over the shallow part of the automaton, with a forward tail walk from every state of full shallow
    /// depth for the longer marks (see AhoCorasickBuilder). Candidates go into _raw in order of their end.
    /// </summary>
    private void Scan(in IndexView view)
    {
        var states = view.States;
        var root = view.Root;
        var labels = view.EdgeLabel;
        var chain = view.PatternChain;
        var tailStart = view.TailStart;
        var chars = _text.Chars;
        var state = 0;
        var walked = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            int next;
            while ((next = Automaton.Step(states, root, labels, state, c)) < 0 && state != 0) state = states[state].Fail;
            state = next < 0 ? 0 : next;
            for (var pattern = states[state].Head; pattern >= 0; pattern = chain[pattern].Next)
            {
                // Short patterns only count from a word start (Judge would refuse them anyway): most candidates are
                // short everyday marks inside longer words ("one" in "phone"), and this drops them before any work.
                var length = chain[pattern].Length;
                if (length < MinCompoundLength && (_text.Flags(i - length + 1) & MatchText.Boundary.WordStart) == 0) continue;
                _raw.Add((pattern, i));
            }
            if (state >= tailStart) walked |= TailWalk(view, state, i);
        }
        if (walked) SortRawByEnd();
    }

    /// <summary>Follows the text from <paramref name="state"/> (at the end of position <paramref name="at"/>) into the deep states.</summary>
    private bool TailWalk(in IndexView view, int state, int at)
    {
        var chars = _text.Chars;
        var found = false;
        for (var j = at + 1; j < chars.Length; j++)
        {
            state = view.Goto(state, chars[j]);
            if (state < 0) break;
            var pattern = view.DeepPattern(state);
            if (pattern < 0) continue;
            var length = view.PatternLength[pattern];
            if (length < MinCompoundLength && (_text.Flags(j - length + 1) & MatchText.Boundary.WordStart) == 0) continue;
            _raw.Add((pattern, j));
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

    private MatchSpan? Judge(in IndexView view, string text, int pattern, int end)
    {
        var length = view.PatternLength[pattern];
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
        ref readonly var link = ref view.PatternChain[pattern];
        if ((link.FoldHash == MatchText.FoldHash(span) || (link.HasOtherSpellings && FoldMatches(view.Folds(pattern), span))) && !HasInvisible(span))
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
