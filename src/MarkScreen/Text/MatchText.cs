namespace MarkScreen.Text;

/// <summary>
/// A listing's text as the matcher sees it: the skeleton characters of its letters and digits, run together with the
/// separators removed (so "air bag", "air-bag" and "AirBag" all read "airbag"), each remembering where it came from
/// in the original text and whether a word starts or ends there. One instance is reused per thread; after
/// <see cref="Set"/> it allocates nothing.
/// </summary>
public sealed partial class MatchText
{
    [Flags]
    public enum Boundary : byte
    {
        None = 0,
        WordStart = 1,
        WordEnd = 2,
        /// <summary>A plural ending ("s" or "es") ends the word right after this character (see <see cref="BeforePlural"/>).</summary>
        BeforePlural = 4,
        /// <summary>
        /// A word of at most <see cref="ShortWordLength"/> characters ends here, or such a word's stem before its plural
        /// ending: the only places a pattern that short can end after starting at a word start (see <see cref="MarkWordEnd"/>).
        /// </summary>
        ShortEnd = 8,
    }

    /// <summary>The longest word <see cref="Boundary.ShortEnd"/> flags: patterns this short are found at word ends, not by the automaton's output lists.</summary>
    public const int ShortWordLength = 3;

    private char[] _chars = new char[256];
    private int[] _start = new int[256];
    private int[] _end = new int[256];
    private Boundary[] _flags = new Boundary[256];
    private int _words;
    private int[] _wordIndex = new int[256];
    // By original position i: FoldHash of the original text's first i characters, and the length of their fold.
    private ulong[] _foldPrefix = new ulong[257];
    private int[] _foldLengthPrefix = new int[257];

    public int Length { get; private set; }
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// <summary>Where stream character <paramref name="i"/> came from: [start, end) in the original text.</summary>
    public int OriginalStart(int i) => _start[i];
    public int OriginalEnd(int i) => _end[i];
    public Boundary Flags(int i) => _flags[i];

    /// <summary>0-based number of the word stream character <paramref name="i"/> belongs to.</summary>
    public int WordIndex(int i) => _wordIndex[i];
    public int WordCount => _words;

    /// <summary>Whether the text holds an invisible character (zero-width or soft hyphen): hardly any does, so most hits need not look.</summary>
    public bool HasInvisible { get; private set; }

    /// <summary>Zero-width characters and the soft hyphen: dropped from the skeleton, but a mark spelled with one inside is disguised.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>The straight and the curly apostrophe: the skeleton splits words there ("Women's" is "women", "s").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public void Set(ReadOnlySpan<char> text)
    {
        HasInvisible = false;
        var folding = CharFolding.Instance;
        var ascii = AsciiSkeleton;
        var asciiFold = AsciiFold;
        var inWord = false;
        // A BMP character's skeleton is at most three characters (see CharFolding): one check up front covers them all.
        Ensure(text.Length * 3);
        EnsureOriginal(text.Length + 1);
        // The ASCII path works on locals, not fields: the JIT reloads a field after every array store (the two might
        // alias), and that path stores seven arrays a character (1.02 times as fast for the normalised kinds at 3M
        // marks, alternating in one process).
        var chars = _chars;
        var starts = _start;
        var ends = _end;
        var flags = _flags;
        var wordIndex = _wordIndex;
        var foldPrefix = _foldPrefix;
        var foldLengths = _foldLengthPrefix;
        int length = 0, words = 0;
        var foldHash = 0UL;
        var foldLength = 0;
        for (var i = 0; i < text.Length;)
        {
            foldPrefix[i] = foldHash;
            foldLengths[i] = foldLength;
            // Listings are mostly ASCII: one table read settles such a character (a separator, or one skeleton
            // character), and one more its fold.
            var c = text[i];
            if (c < 128 && ascii[c] is var one and not AsciiOther && asciiFold[c] is var fold and not AsciiOther)
            {
                if (fold != AsciiSeparator)
                {
                    foldHash = (foldHash * FoldBase) + fold;
                    foldLength++;
                }
                if (one == AsciiSeparator)
                {
                    if (inWord) MarkWordEnd(chars, flags, length - 1);
                    inWord = false;
                    // "(R)", "(TM)", "(SM)" and "(C)" are the signs ®, ™, ℠ and © spelled out: separators, as the
                    // signs are, not words ("NIKE(R)" is NIKE alone, "Star(TM) Wars" the words of STAR WARS). Asked
                    // of separators only, off the letters' path.
                    if (c == '(' && SpelledSign(text, i) is var sign and > 0)
                    {
                        for (var k = 1; k < sign; k++)
                        {
                            foldPrefix[i + k] = foldHash;
                            foldLengths[i + k] = foldLength;
                        }
                        i += sign;
                        continue;
                    }
                }
                else
                {
                    if (!inWord) words++;
                    chars[length] = one;
                    starts[length] = i;
                    ends[length] = i + 1;
                    flags[length] = inWord ? Boundary.None : Boundary.WordStart;
                    wordIndex[length] = words - 1;
                    inWord = true;
                    length++;
                }
                i++;
                continue;
            }
            // Other characters take the general path, on the fields (an astral skeleton may grow the arrays).
            Length = length;
            _words = words;
            i = AppendOther(text, i, folding, ref foldHash, ref foldLength, ref inWord);
            (length, words, chars, starts, ends, flags, wordIndex) = (Length, _words, _chars, _start, _end, _flags, _wordIndex);
        }
        Length = length;
        _words = words;
        EndWord(ref inWord);
        foldPrefix[text.Length] = foldHash;
        foldLengths[text.Length] = foldLength;
    }

    /// <summary>The character at <paramref name="i"/> beyond the ASCII table (or a surrogate pair): returns where the next one starts.</summary>
    private int AppendOther(ReadOnlySpan<char> text, int i, CharFolding folding, ref ulong foldHash, ref int foldLength, ref bool inWord)
    {
        HasInvisible |= IsInvisible(text[i]);
        int width = 1, codePoint = text[i];
        ReadOnlySpan<char> skeleton, folded;
        bool ignorable;
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
            var astral = folding.Astral(codePoint);
            skeleton = astral.Skeleton;
            folded = astral.Fold;
            ignorable = astral.Ignorable;
            _foldPrefix[i + 1] = foldHash; // no span starts or ends inside the pair
            _foldLengthPrefix[i + 1] = foldLength;
        }
        else
        {
            skeleton = folding.Skeleton(text[i], out ignorable);
            folded = folding.Fold(text[i], out _);
        }
        foreach (var c in folded) foldHash = (foldHash * FoldBase) + c;
        foldLength += folded.Length;
        if (ignorable) return i + width;
        if (skeleton.IsEmpty)
        {
            EndWord(ref inWord);
            return i + width;
        }
        // Ideographic scripts write without spaces: every ideograph is its own word.
        var standalone = IsIdeographic(codePoint);
        if (standalone) EndWord(ref inWord);
        Ensure(Length + skeleton.Length);
        foreach (var ch in skeleton) Append(ch, i, i + width, ref inWord);
        if (standalone) EndWord(ref inWord);
        return i + width;
    }

    private const char AsciiSeparator = '\0';
    private const char AsciiOther = '\uFFFF';

    /// <summary>Each ASCII character's skeleton where it is one character, AsciiSeparator where it is none, else AsciiOther.</summary>
    private static readonly char[] AsciiSkeleton = BuildAsciiTable(CharFolding.Instance.Skeleton);

    /// <summary>Each ASCII character's fold where it is one character, AsciiSeparator where it is none, else AsciiOther.</summary>
    private static readonly char[] AsciiFold = BuildAsciiTable(CharFolding.Instance.Fold);

    private delegate ReadOnlySpan<char> CharMapping(char c, out bool ignorable);

    private static char[] BuildAsciiTable(CharMapping map)
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            var mapped = map((char)c, out var ignorable);
            table[c] = ignorable || mapped.Length > 1 ? AsciiOther : mapped.IsEmpty ? AsciiSeparator : mapped[0];
        }
        return table;
    }

    /// <summary>Appends one skeleton character that came from original characters [start, end).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Append(char ch, int start, int end, ref bool inWord)
    {
        if (!inWord) _words++;
        _chars[Length] = ch;
        _start[Length] = start;
        _end[Length] = end;
        _flags[Length] = inWord ? Boundary.None : Boundary.WordStart;
        _wordIndex[Length] = _words - 1;
        inWord = true;
        Length++;
    }

    /// <summary>Ends the current word, if one is open, at the last character appended.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void EndWord(ref bool inWord)
    {
        if (inWord) MarkWordEnd(_chars, _flags, Length - 1);
        inWord = false;
    }

    /// <summary>
    /// Whether a plural ending ("s" or "es") ends the word right after stream character <paramref name="i"/>. The scan
    /// asks at every character, and judging at every hit inside a word, so the answer is a flag that
    /// <see cref="MarkWordEnd"/> sets as each word ends.
    /// </summary>
    public bool BeforePlural(int i) => (_flags[i] & Boundary.BeforePlural) != 0;

    /// <summary>
    /// Flags the word's end at <paramref name="end"/>, and the character before its plural ending if it has one; either
    /// is also a short end where a word start lies within <see cref="ShortWordLength"/> characters of it. (A pattern
    /// of that length ending there and starting at a word start can start nowhere else: a word start inside the last
    /// word would be the word's own.)
    /// </summary>
    private static void MarkWordEnd(char[] chars, Boundary[] flags, int end)
    {
        flags[end] |= Boundary.WordEnd | ShortIfStartWithin(flags, end);
        // "s" after at least one character of the word, and "es" after at least one more that English spells a
        // plural so after: s, x, z, ch, sh or o ("glasses", "boxes", "lunches", "heroes"). After any other letter the
        // "e" is the word's own: "Toggles" is no plural of TOGGL, "Mercedes" none of MERCED.
        // No "s" ends a plural after another s: "Glass" is no plural of GLAS, "Dress" none of DRES ("glasses" is
        // "glass" and "es").
        if (chars[end] != 's' || (flags[end] & Boundary.WordStart) != 0) return;
        if (chars[end - 1] != 's') flags[end - 1] |= Boundary.BeforePlural | ShortIfStartWithin(flags, end - 1);
        if (chars[end - 1] == 'e' && (flags[end - 1] & Boundary.WordStart) == 0 && chars[end - 2] is 's' or 'x' or 'z' or 'h' or 'o')
            flags[end - 2] |= Boundary.BeforePlural | ShortIfStartWithin(flags, end - 2);
    }

    private static Boundary ShortIfStartWithin(Boundary[] flags, int end)
    {
        for (var i = end; i >= 0 && i > end - ShortWordLength; i--)
            if ((flags[i] & Boundary.WordStart) != 0) return Boundary.ShortEnd;
        return Boundary.None;
    }

    /// <summary>
    /// The length of a trademark sign spelled out in ASCII at <paramref name="i"/>: "(R)", "(TM)", "(SM)" or "(C)", in
    /// any case; else 0. Matching ignores them as it ignores ®, ™, ℠ and ©.
    /// </summary>
    public static int SpelledSign(ReadOnlySpan<char> text, int i)
    {
        if (text[i] != '(' || i + 2 >= text.Length) return 0;
        var inner = text[(i + 1)..Math.Min(text.Length, i + 4)];
        var close = inner.IndexOf(')');
        if (close is < 1 or > 2) return 0;
        inner = inner[..close];
        return inner.Equals("r", StringComparison.OrdinalIgnoreCase) || inner.Equals("c", StringComparison.OrdinalIgnoreCase)
            || inner.Equals("tm", StringComparison.OrdinalIgnoreCase) || inner.Equals("sm", StringComparison.OrdinalIgnoreCase) ? close + 2 : 0;
    }

    [ThreadStatic] private static MatchText? t_scratch;

    /// <summary>The skeleton of a whole string with separators removed: how marks are keyed in the index.</summary>
    public static string SkeletonKey(string text)
    {
        var m = t_scratch ??= new MatchText();
        m.Set(text);
        return new string(m.Chars);
    }

    internal static bool IsIdeographic(int cp) =>
        cp is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF or >= 0x3040 and <= 0x30FF;

    private void EnsureOriginal(int n)
    {
        if (n <= _foldPrefix.Length) return;
        var size = Math.Max(n, _foldPrefix.Length * 2);
        _foldPrefix = new ulong[size];
        _foldLengthPrefix = new int[size];
    }

    private void Ensure(int n)
    {
        if (n <= _chars.Length) return;
        var size = Math.Max(n, _chars.Length * 2);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
        Array.Resize(ref _flags, size);
        Array.Resize(ref _wordIndex, size);
    }
}
