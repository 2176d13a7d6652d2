using System.Globalization;
using System.Text;

namespace MarkScreen.Text;

/// <summary>
/// What each character becomes for matching, computed once per process for the whole BMP (and on demand, cached, for
/// the rest). Two forms, each at most three characters:
/// <list type="bullet">
/// <item><b>fold</b>: compatibility decomposition (NFKD: fullwidth, ligatures, math letters), diacritics removed,
/// lower-cased. Only letters and digits survive; anything else is a separator. This is the "exact" form.</item>
/// <item><b>skeleton</b>: the fold, then look-alikes collapsed: UTS #39 confusables to their Latin prototype
/// (Cyrillic о → o), leetspeak digits and symbols to letters (0→o, 3→e, 4/@→a, 5/$→s, 7→t ...), and i/l/1/| into one
/// class because they are drawn alike in many fonts. Marks and listings are matched on skeletons; comparing folds
/// afterwards tells an exact hit from a disguised one.</item>
/// </list>
/// Zero-width characters, soft hyphens, variation selectors and combining marks are <i>ignorable</i>: dropped
/// without ending a word, so "Ni\u200Bke" and "Nike" are the same token.
/// </summary>
internal sealed class CharFolding
{
    public const byte Ignorable = 255;

    public static CharFolding Instance { get; } = new();

    // Three chars per BMP code unit; lengths 0 (separator), 1-3, or Ignorable.
    private readonly char[] _fold = new char[3 * 65536];
    private readonly byte[] _foldLength = new byte[65536];
    private readonly char[] _skeleton = new char[3 * 65536];
    private readonly byte[] _skeletonLength = new byte[65536];
    private readonly Dictionary<int, (string Fold, string Skeleton)> _astral = [];
    private readonly Lock _astralLock = new();

    private CharFolding()
    {
        for (var c = 0; c < 65536; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue; // surrogates are handled as pairs
            var (fold, skeleton, ignorable) = Compute(c);
            if (ignorable)
            {
                _foldLength[c] = Ignorable;
                _skeletonLength[c] = Ignorable;
                continue;
            }
            Store(_fold, _foldLength, c, fold);
            Store(_skeleton, _skeletonLength, c, skeleton);
        }
    }

    public ReadOnlySpan<char> Fold(char c, out bool ignorable)
    {
        var n = _foldLength[c];
        ignorable = n == Ignorable;
        return ignorable ? default : _fold.AsSpan(3 * c, n);
    }

    public ReadOnlySpan<char> Skeleton(char c, out bool ignorable)
    {
        var n = _skeletonLength[c];
        ignorable = n == Ignorable;
        return ignorable ? default : _skeleton.AsSpan(3 * c, n);
    }

    /// <summary>Code points above the BMP (math alphanumerics 𝐍𝐢𝐤𝐞, emoji): computed once, then cached.</summary>
    public (string Fold, string Skeleton, bool Ignorable) Astral(int codePoint)
    {
        lock (_astralLock)
        {
            if (_astral.TryGetValue(codePoint, out var cached)) return (cached.Fold, cached.Skeleton, false);
        }
        var (fold, skeleton, ignorable) = Compute(codePoint);
        if (!ignorable)
        {
            lock (_astralLock) _astral[codePoint] = (fold, skeleton);
        }
        return (fold, skeleton, ignorable);
    }

    private static void Store(char[] table, byte[] lengths, int c, string value)
    {
        var n = Math.Min(3, value.Length);
        for (var i = 0; i < n; i++) table[(3 * c) + i] = value[i];
        lengths[c] = (byte)n;
    }

    private static (string Fold, string Skeleton, bool Ignorable) Compute(int codePoint)
    {
        var text = char.ConvertFromUtf32(codePoint);
        var category = CharUnicodeInfo.GetUnicodeCategory(text, 0);
        if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            || codePoint is 0x00AD or 0x034F || codePoint is >= 0xFE00 and <= 0xFE0F)
            return ("", "", true);
        if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate) return ("", "", false);
        // Symbols separate words even where NFKD spells them out (™ → "TM", ℠ → "SM"); the enclosed
        // alphanumerics (Ⓝⓘⓚⓔ) are letters in disguise, and € stands in for E.
        if (codePoint >= 0x80 && codePoint != 0x20AC && !IsEnclosedAlphanumeric(codePoint)
            && category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol)
            return ("", "", false);
        var fold = FoldText(text);
        return (fold, SkeletonOf(codePoint, fold), false);
    }

    private static bool IsEnclosedAlphanumeric(int cp) => cp is >= 0x2460 and <= 0x24FF or >= 0x1F100 and <= 0x1F1FF;

    /// <summary>NFKD, drop combining marks, lower-case, keep letters and digits.</summary>
    internal static string FoldText(string text)
    {
        var sb = new StringBuilder(text.Length);
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            decomposed = text; // noncharacters (U+FFFE...) cannot be normalised; they are not letters either
        }
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (ch == 'ß' || ch == 'ẞ') { sb.Append("ss"); continue; }
            if (ch == 'ı') { sb.Append('i'); continue; }
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    private static string SkeletonOf(int codePoint, string fold)
    {
        if (codePoint < 0x80)
        {
            // ASCII: leetspeak symbols become letters; letters and digits go through the Latin collapse.
            var leet = codePoint switch
            {
                '@' => "a",
                '$' => "s",
                '!' or '|' => "l",
                '+' => "t",
                _ => null,
            };
            return leet ?? Collapse(fold);
        }
        if (fold.Length > 0 && IsAsciiLetterOrDigit(fold)) return Collapse(fold); // é → e, ﬁ → fi, Ｆ → f
        if (codePoint == 0x20AC) return "e"; // € as E
        if (Confusables.Prototype(codePoint) is { } prototype)
        {
            var folded = FoldText(prototype);
            if (folded.Length > 0 && IsAsciiLetterOrDigit(folded)) return Collapse(folded); // Cyrillic о → o, Greek Α → a
        }
        return fold; // other scripts match themselves
    }

    private static bool IsAsciiLetterOrDigit(string s) => s.All(char.IsAsciiLetterOrDigit);

    /// <summary>Leet digits to letters, and i/l (with 1 and |) into one class.</summary>
    internal static string Collapse(string ascii)
    {
        Span<char> buffer = stackalloc char[ascii.Length];
        for (var i = 0; i < ascii.Length; i++)
        {
            buffer[i] = ascii[i] switch
            {
                '0' => 'o',
                '1' or 'i' => 'l',
                '2' => 'z',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '6' or '9' => 'g',
                '7' => 't',
                '8' => 'b',
                var ch => ch,
            };
        }
        return new string(buffer);
    }
}
