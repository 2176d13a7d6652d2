using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Matching;

/// <summary>
/// What Judge's precision rules ask of a candidate's words and letters: the words written as marks found whole,
/// spelled-out runs, words cut across white space, quantities, numbers, plain letters, invisible characters, and which
/// disguise a spelling is.
/// </summary>
public sealed partial class MarkMatcher
{
    /// <summary>
    /// A mark glued inside a word (a compound) is no finding where a longer mark of one word is found as that whole
    /// word, plainly or disguised: the listing wrote the longer one, and the shorter is an accident of its letters.
    /// "Nintendo" holds no ENDO, "Playmobil" no MOBIL, "spacer" no ACER, "Da-Lite" no DALI. A mark of several words
    /// found squashed into one ("lexarmedia" as LEXAR MEDIA) shadows nothing: the listing glued words, and one of them
    /// is the shorter mark. Nor does a typo or sound-alike, weaker evidence than the compound. At 3M marks a title held
    /// 13.6 hits of the normalised kinds, 4.0 of them compounds inside another hit so (Amazon UK titles); on 200,000
    /// real listings screened against 300k marks, half of the compound findings.
    /// <para>Whole-word hits mark the words they cover as Judge adds them (a bit per word); compounds are judged after
    /// them (see JudgeLane) and dropped where every word they touch is marked, before any fold or letter is read. The
    /// typo pass asks the same bits of its windows (see CollectWindows).</para>
    /// </summary>
    private bool WholeWordsCover(int firstWord, int lastWord)
    {
        for (var w = firstWord; w <= lastWord; w++)
            if ((_wholeWords[w >> 6] & (1UL << w)) == 0) return false;
        return true;
    }

    private void MarkWholeWords(int firstWord, int lastWord)
    {
        for (var w = firstWord; w <= lastWord; w++) _wholeWords[w >> 6] |= 1UL << w;
    }

    /// <summary>Clears the word bits and the deferred compounds for the current lane's text.</summary>
    private void StartWholeWords()
    {
        var needed = (_text.WordCount >> 6) + 1;
        if (_wholeWords.Length < needed) _wholeWords = new ulong[Math.Max(needed, _wholeWords.Length * 2)];
        else Array.Clear(_wholeWords, 0, needed);
        _pieces.Clear();
    }

    /// <summary>
    /// Merges the compounds judged after the whole-word hits (<paramref name="output"/> from <paramref name="first"/>)
    /// into them, both in order of their end: the approximate pass searches the spans by their end (see FoundSpans).
    /// </summary>
    private void MergeByEnd(List<PatternSpan> output, int first)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output);
        _mergeScratch.Clear();
        _mergeScratch.AddRange(all[first..]);
        var pieces = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mergeScratch);
        for (int a = first - 1, b = pieces.Length - 1, w = all.Length - 1; b >= 0; w--)
            all[w] = a >= 0 && End(all[a]) > End(pieces[b]) ? all[a--] : pieces[b--];
    }

    private static int End(in PatternSpan s) => s.Span.Start + s.Span.Length;

    /// <summary>A bit per word of the text being judged: covered by a whole-word hit of a one-word mark (see <see cref="WholeWordsCover"/>).</summary>
    private ulong[] _wholeWords = new ulong[4];
    /// <summary>The compounds put off until the whole-word hits are judged, and the merge's copy of their spans.</summary>
    private readonly List<ScanHit> _pieces = [];
    private readonly List<PatternSpan> _mergeScratch = [];

    /// <summary>
    /// Whether a hit's end at stream character <paramref name="edge"/>, a character standing alone next to another
    /// (<paramref name="inside"/>, the hit's next one), lies inside a longer spelled-out run: a letter standing alone
    /// follows outside the hit (<paramref name="step"/> says which way) across the same separator as joins the hit's
    /// own, and after it the run goes on. A letter joined on to what follows by another mark is a size or model ("A B I
    /// D A V-Neck", "S O N I K G-7", "A K U P i-love"), and a digit is no part of a spelled word ("U l t r a 8 L"):
    /// with either counted, eval's spaced cases lost 1.3 % of their kind.
    /// Ideographs, each a word of its own with nothing between, never form runs.
    /// </summary>
    private static bool ContinuesRun(MatchText t, string text, int edge, int inside, int step)
    {
        if (!StandsAlone(t, edge) || !StandsAlone(t, inside)) return false;
        var separator = Gap(t, text, Math.Min(edge, inside));
        var next = edge + step;
        if (separator.IsEmpty || (uint)next >= (uint)t.Length || !LetterAlone(t, text, next) || !separator.SequenceEqual(Gap(t, text, Math.Min(edge, next)))) return false;
        // Two letters standing alone make a run of any separator. One is enough where the run's separator is a mark
        // (not a space) and the letter ends the text or a space ends it ("G.l.a.c.i.e.r Running"): a lone letter
        // between spaces is as often a size, a model or "x" for a count ("s o n y h series", "4 x M y T i n y").
        var beyond = next + step;
        var spaced = separator.IsWhiteSpace();
        if ((uint)beyond >= (uint)t.Length) return !spaced;
        var after = Gap(t, text, Math.Min(next, beyond));
        if (after.SequenceEqual(separator)) return !spaced || LetterAlone(t, text, beyond);
        return !spaced && !after.IsEmpty && after.IsWhiteSpace();
    }

    /// <summary>
    /// Whether the letter standing alone at stream character <paramref name="i"/> is one of a spelled-out run: letters
    /// standing alone joined by one separator, at least three of them between spaces ("N i k e", but not the size in
    /// "Size M") or two across a mark ("N.I.K.E", "A.C."). As in <see cref="ContinuesRun"/>, a digit ends a run.
    /// </summary>
    private static bool InSpelledRun(MatchText t, string text, int i)
    {
        if (!LetterAlone(t, text, i)) return false;
        return (i > 0 && RunAround(t, text, i, Gap(t, text, i - 1))) || (i + 1 < t.Length && RunAround(t, text, i, Gap(t, text, i)));
    }

    /// <summary>Whether the letters standing alone joined to <paramref name="i"/> by <paramref name="separator"/> make a run (see <see cref="InSpelledRun"/>).</summary>
    private static bool RunAround(MatchText t, string text, int i, ReadOnlySpan<char> separator)
    {
        if (separator.IsEmpty) return false;
        var needed = separator.IsWhiteSpace() ? 3 : 2;
        var letters = 1;
        for (var j = i - 1; j >= 0 && letters < needed && LetterAlone(t, text, j) && Gap(t, text, j).SequenceEqual(separator); j--) letters++;
        for (var j = i + 1; j < t.Length && letters < needed && LetterAlone(t, text, j) && Gap(t, text, j - 1).SequenceEqual(separator); j++) letters++;
        return letters >= needed;
    }

    private static bool StandsAlone(MatchText t, int i) =>
        (t.Flags(i) & (MatchText.Boundary.WordStart | MatchText.Boundary.WordEnd)) == (MatchText.Boundary.WordStart | MatchText.Boundary.WordEnd);

    /// <summary>A letter (not a digit) that is a word of its own.</summary>
    private static bool LetterAlone(MatchText t, string text, int i) => StandsAlone(t, i) && char.IsLetter(text[t.OriginalStart(i)]);

    /// <summary>The original text between stream characters <paramref name="i"/> and <paramref name="i"/> + 1.</summary>
    private static ReadOnlySpan<char> Gap(MatchText t, string text, int i) => text.AsSpan(t.OriginalEnd(i), t.OriginalStart(i + 1) - t.OriginalEnd(i));

    private static readonly System.Buffers.SearchValues<char> s_asciiLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool IsPlainLetters(ReadOnlySpan<char> span) => !span.ContainsAnyExcept(s_asciiLetters);

    /// <summary>
    /// Whether a disguised hit cut from inside a longer word is mostly digits: a quantity and its unit ("200mm" read as
    /// ZOOM), not a word with a letter or two swapped for digits. Whole words stay: brands have digits of their own
    /// ("Ben 10" as "83n 10", "999st0re"), and a lone digit may stand for a lone letter ("7-mobile").
    /// </summary>
    private static bool IsQuantity(ReadOnlySpan<char> span)
    {
        int digits = 0, letters = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
        }
        return digits * 2 > digits + letters;
    }

    /// <summary>
    /// How many characters of the word a hit across words cuts it takes, where white space parts that word from the
    /// rest of the hit: from the hit's start to that word's end where the start is inside a word, else from the last
    /// word's start to the hit's end. Across other separators ("Levi'sjeans", "Hewlett-Packardprinter") the mark's
    /// own words are glued on: int.MaxValue.
    /// </summary>
    private static int CutPiece(MatchText t, string text, int start, int end, bool startAligned)
    {
        if (!startAligned)
        {
            var j = start;
            while ((t.Flags(j) & MatchText.Boundary.WordEnd) == 0) j++;
            return Gap(t, text, j).ContainsAny(s_whiteSpace) ? j - start + 1 : int.MaxValue;
        }
        var i = end;
        while ((t.Flags(i) & MatchText.Boundary.WordStart) == 0) i--;
        return Gap(t, text, i - 1).ContainsAny(s_whiteSpace) ? end - i + 1 : int.MaxValue;
    }

    private static readonly System.Buffers.SearchValues<char> s_whiteSpace = System.Buffers.SearchValues.Create(" \t\n\r\u00A0\u2009\u3000");

    private static bool HasInvisible(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (MatchText.IsInvisible(c)) return true;
        return false;
    }

    /// <summary>
/// A disguised spelling: foreign look-alikes, invisible characters inside the word, or the I/l swap are homoglyphs;
/// digits and symbols standing for letters are leetspeak.
/// </summary>
    /// <summary>
    /// Whether a look-alike spelling holds a number where a disguise would hold letters: a word of digits alone, parted
    /// from the rest by a separator ("5-pin" as SPIN, "3-bay" as EBAY, "5-way" as SWAY), where the mark is one word. A
    /// mark with a word of its own there, in any registration of the spelling, keeps its disguise ("7-mobile" is still
    /// T-MOBILE, "83n 10" still BEN 10): the pattern's facts say so (a first version read the registrations' texts
    /// from the mapped file, which put 112 MB more of it in resident memory at 3M marks).
    /// Digits run together with letters are what disguises look like ("50ny", "Chokr33", "viz10"): eval's leetspeak
    /// cases lost 1,162 of 34,385 to a rule that took two digits opening or closing a word ("14mp", "20mm") for a
    /// number, so that rule was left out.
    /// </summary>
    private static bool NumberWordInOneWordMark(ReadOnlySpan<char> span, in PatternFacts facts)
    {
        if (facts.IsSeparated || span.IndexOfAny(PatternFacts.Separators) < 0) return false;
        var rest = span;
        while (!rest.IsEmpty)
        {
            var cut = rest.IndexOfAny(PatternFacts.Separators);
            var word = cut < 0 ? rest : rest[..cut];
            if (!word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9')) return true;
            rest = cut < 0 ? [] : rest[(cut + 1)..];
        }
        return false;
    }

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
