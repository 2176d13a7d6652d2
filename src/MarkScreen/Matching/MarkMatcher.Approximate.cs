using System.Runtime.InteropServices;
using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Matching;

/// <summary>
/// The approximate kinds: typos and sound-alikes, over windows of one to three whole words (so they can only ever be
/// word-aligned), with candidates from the index's deletion and phonetic tables verified by the real edit distance.
/// <para>
/// Every look-up is a cache miss in a table of hundreds of megabytes, and each step needs the one before it (filter,
/// bucket, keys, pattern, its record, its skeleton). Done window by window, a title's dozen windows queue their misses
/// one behind another. So the pass runs in stages over all of a title's windows at once: every filter word, then every
/// bucket, then every key, and so on. The loads within a stage are independent, and the processor overlaps their
/// misses. Candidates are verified and reported in window order, so the result is what a window-by-window pass gives.
/// </para>
/// </summary>
public sealed partial class MarkMatcher
{
    private const int MinPhoneticLength = PhoneticKey.MinWordLength;
    private const int MaxWindowWords = 3;
    private const int MaxWindowLength = 32;
    private const int MaxFoldLength = 96; // a word folding to this many characters or more was cut short
    private const int SoundAllowed = 3; // the most edits a sound-alike may be from its mark (see Verify)

    private readonly StampedSet _seen = new();
    private readonly List<(int Start, int End)> _words = [];
    private readonly List<bool> _english = [];
    private readonly List<Window> _windows = [];
    private readonly List<long> _keys = [];
    private readonly List<long> _filterWords = [];
    private readonly List<(int Lo, int Hi)> _buckets = [];
    private readonly List<Candidate> _approximate = [];

    /// <summary>A window of whole words to look up: where it is, and its typo keys' and phonetic key's places in the stage lists.</summary>
    private struct Window
    {
        public int Start, End, OriginalStart, OriginalEnd, WordPosition, Words;
        public int FirstKey, Keys;
        public long Sound;
        public bool HasSound;
        /// <summary>Whether the window's text holds a digit: its sound-alikes must then hold the same digits (see Verify).</summary>
        public bool HasDigits;
        public int SoundLo, SoundHi;
    }

    /// <summary>A pattern a window's keys led to, then what verifying it found.</summary>
    private struct Candidate
    {
        public int Pattern, Window, Length;
        public bool Sound;
        public bool Kept;
        public int Distance;
    }

    private void FindApproximate(in IndexView view, string text, List<PatternSpan> found)
    {
        CollectWindows(view, text);
        if (_windows.Count == 0) return;
        var windows = CollectionsMarshal.AsSpan(_windows);
        FilterKeys(view, windows);
        FindBuckets(view, windows);
        CollectCandidates(view, windows);
        Verify(view, text, windows);
        var exactCount = found.Count;
        var exactLongest = 0;
        foreach (var f in found) exactLongest = Math.Max(exactLongest, f.Span.Length);
        var windowLongest = 0;
        foreach (var c in _approximate)
        {
            if (!c.Kept) continue;
            ref readonly var w = ref windows[c.Window];
            if (FoundSpans.Overlaps(CollectionsMarshal.AsSpan(found), exactCount, exactLongest, windowLongest, c.Pattern, w.OriginalStart, w.OriginalEnd)) continue;
            found.Add(new PatternSpan(c.Pattern, new MatchSpan(w.OriginalStart, w.OriginalEnd - w.OriginalStart,
                c.Sound ? MatchKind.Phonetic : MatchKind.Fuzzy, false, w.WordPosition, false, c.Distance)));
            windowLongest = Math.Max(windowLongest, w.OriginalEnd - w.OriginalStart);
        }
    }

    /// <summary>The windows worth looking up, each with its typo keys (its hash and its distinct one-character deletions) and phonetic key.</summary>
    private void CollectWindows(in IndexView view, string text)
    {
        _windows.Clear();
        _keys.Clear();
        _words.Clear();
        for (var i = 0; i < _text.Length; i++)
        {
            if ((_text.Flags(i) & MatchText.Boundary.WordStart) != 0) _words.Add((i, i));
            if ((_text.Flags(i) & MatchText.Boundary.WordEnd) != 0 && _words.Count > 0) _words[^1] = (_words[^1].Start, i);
        }
        Span<char> fold = stackalloc char[MaxFoldLength];
        Span<long> deletions = stackalloc long[MaxWindowLength];
        // A real English word is not a misspelling: windows made only of dictionary words ("summer dress") are not
        // looked up as typos or sound-alikes of marks. Most title words are English, so this is most of the work saved.
        _english.Clear();
        foreach (var (start, end) in _words)
        {
            var os = _text.OriginalStart(start);
            var n = MatchText.FoldInto(text.AsSpan(os, _text.OriginalEnd(end) - os), fold);
            _english.Add(IsPlainWord(text, os, fold[..n]));
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
                if (IsPattern(view, start, end)) continue;
                // Nor is a window of words each written as a one-word mark found whole ("Christy's" as CHRISTYS is no
                // typo of CHRIST, "da-lite da" as DALITE and DA no sound-alike of LITE AID), as a compound inside
                // such a word is no finding (see WholeWordsCover). Screening 300k marks: 348 typos and sound-alikes
                // fewer; eval lost one typo and four sound-alike cases of 22,629 and 8,207.
                if (WholeWordsCover(w, k)) continue;
                var entry = new Window
                {
                    Start = start, End = end, WordPosition = w, Words = k - w + 1,
                    OriginalStart = _text.OriginalStart(start), OriginalEnd = _text.OriginalEnd(end), FirstKey = _keys.Count,
                };
                _keys.Add(KeyHash.ForWords(KeyHash.Polynomial(window), entry.Words));
                KeyHash.PolynomialDeletions(window, deletions);
                for (var i = 0; i < window.Length; i++)
                    if (i == 0 || window[i] != window[i - 1]) _keys.Add(KeyHash.ForWords(deletions[i], entry.Words));
                entry.Keys = _keys.Count - entry.FirstKey;
                var folded = MatchText.FoldInto(text.AsSpan(entry.OriginalStart, entry.OriginalEnd - entry.OriginalStart), fold);
                entry.HasDigits = fold[..folded].ContainsAnyInRange('0', '9');
                if (folded >= MinPhoneticLength)
                {
                    entry.HasSound = KeyHash.TryPhonetic(fold[..folded], out var sound);
                    entry.Sound = KeyHash.ForWords(sound, entry.Words);
                }
                _windows.Add(entry);
            }
        }
    }

    /// <summary>
    /// Whether a word (its fold, starting at <paramref name="start"/> in the text) cannot be a misspelt mark: an English
    /// word or inflection, the "s" of a possessive (a word of its own here: "Women's" is "women", "s"), or a number
    /// ("135 cm", "#004"; a number one digit off is another number, and the skeleton read "135" as "les"), or a
    /// model code or quantity at least half digits ("a800" is not TABOO, "150N" not OLSON, "DSP001" not SPOOL: the
    /// skeleton reads their digits as letters, and a typo on top finds some mark in nearly any of them).
    /// </summary>
    private static bool IsPlainWord(string text, int start, ReadOnlySpan<char> fold)
    {
        if (fold.Length == 1 && fold[0] == 's' && start > 0 && MatchText.IsApostrophe(text[start - 1])) return true;
        if (IsNumber(fold)) return true;
        return fold.Length >= 2 && fold.Length < MaxFoldLength && EnglishWords.Contains(fold);
    }

    private static bool IsNumber(ReadOnlySpan<char> fold)
    {
        var digits = 0;
        foreach (var c in fold)
            if (char.IsAsciiDigit(c)) digits++;
        return digits > 0 && digits * 2 >= fold.Length;
    }

    /// <summary>Stage one: every key's filter word is loaded before any is tested; keys the filter rules out are dropped.</summary>
    private void FilterKeys(in IndexView view, Span<Window> windows)
    {
        var keys = CollectionsMarshal.AsSpan(_keys);
        // The filter words are prefetched, then read in a loop as tight as it can be, so that many of their misses are
        // in flight at once: the core looks only so many instructions past the oldest waiting load, and adding each
        // word to a list took three times the instructions. At 3M marks, all kinds, alternating in one process: the
        // tight loop 1.05 times as fast, the prefetch 1.03 more.
        var sounding = 0;
        for (var w = 0; w < windows.Length; w++)
            if (windows[w].HasSound) sounding++;
        CollectionsMarshal.SetCount(_filterWords, keys.Length + sounding);
        var words = CollectionsMarshal.AsSpan(_filterWords);
        var filter = view.FuzzyFilter;
        var bits = KeyHash.FilterBits(filter);
        for (var i = 0; i < keys.Length; i++) CacheLines.Prefetch(filter, KeyHash.Bucket(keys[i], bits));
        for (var i = 0; i < keys.Length; i++) words[i] = filter[KeyHash.Bucket(keys[i], bits)];
        var sounds = view.PhoneticFilter;
        for (int w = 0, at = keys.Length; w < windows.Length; w++)
            if (windows[w].HasSound) words[at++] = KeyHash.FilterWord(sounds, windows[w].Sound);
        var passing = 0;
        var soundWord = keys.Length;
        for (var w = 0; w < windows.Length; w++)
        {
            ref var window = ref windows[w];
            var first = passing;
            for (var i = window.FirstKey; i < window.FirstKey + window.Keys; i++)
                if (KeyHash.InFilterWord(words[i], keys[i])) keys[passing++] = keys[i];
            window.FirstKey = first;
            window.Keys = passing - first;
            if (window.HasSound) window.HasSound = KeyHash.InFilterWord(words[soundWord++], window.Sound);
        }
        _keys.RemoveRange(passing, _keys.Count - passing);
    }

    /// <summary>Stage two: the directory bounds of every passing key, and of every window's phonetic key.</summary>
    private void FindBuckets(in IndexView view, Span<Window> windows)
    {
        var directory = view.FuzzyDirectory;
        var bits = KeyHash.DirectoryBitsOf(directory);
        _buckets.Clear();
        foreach (var key in _keys) _buckets.Add(KeyHash.BucketBounds(directory, bits, key));
        var sounds = view.PhoneticDirectory;
        var soundBits = KeyHash.DirectoryBitsOf(sounds);
        for (var w = 0; w < windows.Length; w++)
        {
            ref var window = ref windows[w];
            if (!window.HasSound) continue;
            (window.SoundLo, window.SoundHi) = KeyHash.BucketBounds(sounds, soundBits, window.Sound);
        }
    }

    /// <summary>
    /// Stage three: each window's candidate patterns, once per window: its typo keys' entries first, then its
    /// phonetic key's (a pattern already seen as a typo candidate is not judged again by sound). A typo or
    /// sound-alike keeps the number of words (a run of words matching a shorter mark is a different phrase), and no
    /// distance within the allowance bridges a larger difference in length: the entry's payload says both, so a
    /// candidate failing either is dropped here, before anything else of it is read.
    /// </summary>
    private void CollectCandidates(in IndexView view, Span<Window> windows)
    {
        var entries = view.FuzzyEntries;
        var sounds = view.PhoneticEntries;
        var keys = CollectionsMarshal.AsSpan(_keys);
        var buckets = CollectionsMarshal.AsSpan(_buckets);
        // Every bucket's first entry is touched before any is compared: those misses overlap, where the comparing
        // loop's data-dependent branches would have taken them one at a time.
        var touched = 0UL;
        foreach (var (lo, hi) in buckets)
            if (hi > lo) touched += entries[lo];
        for (var w = 0; w < windows.Length; w++)
            if (windows[w].SoundHi > windows[w].SoundLo) touched += sounds[windows[w].SoundLo];
        _touched = (long)touched;
        _approximate.Clear();
        for (var w = 0; w < windows.Length; w++)
        {
            ref readonly var window = ref windows[w];
            var windowLength = window.End - window.Start + 1;
            _seen.Clear();
            for (var j = window.FirstKey; j < window.FirstKey + window.Keys; j++)
            {
                var fingerprint = KeyHash.Fingerprint(keys[j]);
                for (var e = buckets[j].Lo; e < buckets[j].Hi; e++)
                {
                    var entry = entries[e];
                    if (KeyTable.FingerprintOf(entry) != fingerprint || !_seen.Add(KeyTable.PatternOf(entry))) continue;
                    var length = KeyTable.LengthOf(entry);
                    if (KeyTable.WordsOf(entry) == window.Words && Math.Abs(length - windowLength) <= EditDistance.Allowed(length))
                        _approximate.Add(new Candidate { Pattern = KeyTable.PatternOf(entry), Window = w, Length = length });
                }
            }
            var sound = KeyHash.Fingerprint(window.Sound);
            for (var e = window.SoundLo; e < window.SoundHi; e++)
            {
                var entry = sounds[e];
                if (KeyTable.FingerprintOf(entry) != sound || !_seen.Add(KeyTable.PatternOf(entry))) continue;
                var length = KeyTable.LengthOf(entry);
                if (KeyTable.WordsOf(entry) == window.Words && length >= MinPhoneticLength && Math.Abs(length - windowLength) <= 2)
                    _approximate.Add(new Candidate { Pattern = KeyTable.PatternOf(entry), Window = w, Length = length, Sound = true });
            }
        }
    }

    /// <summary>
    /// Stage four: the real edit distance of every candidate, after touching all their skeletons so that those
    /// cache misses overlap before any is compared.
    /// </summary>
    private void Verify(in IndexView view, string text, Span<Window> windows)
    {
        var candidates = CollectionsMarshal.AsSpan(_approximate);
        var starts = view.PatternStart;
        var skeletonChars = view.PatternChars;
        var touched = 0;
        // The patterns' facts too (whether the mark has digits: see below), so that their misses overlap as well.
        var chain = view.PatternChain;
        foreach (ref var c in candidates) touched += skeletonChars[starts[c.Pattern]] + chain[c.Pattern].Next;
        _touched = touched;
        Span<ulong> masks = stackalloc ulong[128];
        var prepared = -1;
        foreach (ref var c in candidates)
        {
            ref readonly var w = ref windows[c.Window];
            var window = _text.Chars[w.Start..(w.End + 1)];
            if (c.Window != prepared) EditDistance.PrepareMasks(window, masks);
            prepared = c.Window;
            var allowed = c.Sound ? SoundAllowed : EditDistance.Allowed(c.Length);
            var distance = EditDistance.OsaBitParallel(window, masks, view.Skeleton(c.Pattern), allowed);
            // A sound-alike is also spelled near the mark: keys alone matched "Krocs" with QUOORAX, "Vanesa" with FENZO
            // and "roocase ultra" with RIKSIL THROUGH. Kept beyond SoundAllowed edits, they were 4,234 of 7,427
            // sound-alike findings screening 300k marks (a sample read by hand: none a respelling of its mark), and
            // none of eval's sound-alike respellings (ph/f, ck/k, c/k, y/i, x/ks) is that far.
            c.Kept = distance != 0 && distance <= allowed;
            c.Distance = distance;
            // A typo or sound-alike keeps the digits: the window and the mark hold the same digits in the same order,
            // or none. A phonetic key has no digits, and the skeleton reads them as letters, so "iphone 3g" sounded
            // like AVON 9924, "fayon alloy" like FENOL 6576 and "s-video" like SVID 2923, and "net10" was a typo of
            // NETIS, "1inch" of LUNCH, "hi-speed" of K1 SPEED. Brands keep their own digits ("Ekscellent4U" is still
            // EXCELLENT4U). The pattern's facts say whether its mark has digits (read with its skeleton above); its
            // text is read only where both sides have some.
            if (c.Kept)
            {
                var markDigits = view.PatternChain[c.Pattern].Facts.HasDigits;
                if (w.HasDigits || markDigits)
                    c.Kept = w.HasDigits && markDigits && SameDigits(text.AsSpan(w.OriginalStart, w.OriginalEnd - w.OriginalStart), index.Facts.Text(index.MarksOfPattern(c.Pattern)[0]));
            }
        }
    }

    /// <summary>Whether two texts hold the same digits in the same order.</summary>
    private static bool SameDigits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsAsciiDigit(a[i])) i++;
            while (j < b.Length && !char.IsAsciiDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i++] != b[j++]) return false;
        }
    }
}
