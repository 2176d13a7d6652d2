namespace MarkScreen.Text;

/// <summary>
/// The exact form ("fold") side of MatchText: case, width and accents folded, symbols and separators dropped, but no
/// look-alikes mapped. A hit whose original text folds to a mark's fold is exact; otherwise it is a disguise.
/// </summary>
public sealed partial class MatchText
{
    /// <summary>
    /// <see cref="FoldHash"/> of the original text's characters [<paramref name="start"/>, <paramref name="end"/>),
    /// from the prefix hashes Set keeps: judging asks it of every hit, which hashing the span each time cost 6% of
    /// the normalised kinds' time.
    /// </summary>
    public long FoldHashOf(int start, int end) =>
        unchecked((long)(_foldPrefix[end] - (_foldPrefix[start] * FoldPower(_foldLengthPrefix[end] - _foldLengthPrefix[start]))));

    /// <summary>The fold (exact form) of a string with separators removed: "Air-Bag™" → "airbag".</summary>
    public static string FoldKey(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++) sb.Append(FoldAt(text, ref i));
        return sb.ToString();
    }

    /// <summary>Writes the fold of <paramref name="text"/> into <paramref name="output"/> (truncating); returns its length.</summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> output)
    {
        var n = 0;
        for (var i = 0; i < text.Length && n < output.Length; i++)
        {
            var part = FoldAt(text, ref i);
            var take = Math.Min(part.Length, output.Length - n);
            part[..take].CopyTo(output[n..]);
            n += take;
        }
        return n;
    }

    /// <summary>Whether the fold of <paramref name="text"/> equals <paramref name="fold"/>, without allocating.</summary>
    public static bool FoldEquals(ReadOnlySpan<char> text, ReadOnlySpan<char> fold)
    {
        var at = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var part = FoldAt(text, ref i);
            if (part.IsEmpty) continue;
            if (at + part.Length > fold.Length || !fold.Slice(at, part.Length).SequenceEqual(part)) return false;
            at += part.Length;
        }
        return at == fold.Length;
    }

    /// <summary>
    /// A 64-bit hash of the fold of <paramref name="text"/>, without building the fold: the index keeps one per pattern
    /// so that most hits are told exact without reading the pattern's folds. A polynomial over the fold's characters
    /// (Σ c·B^(n-1-k) mod 2^64, B odd), so that a span's hash comes from two prefix hashes (<see cref="FoldHashOf"/>).
    /// </summary>
    public static long FoldHash(ReadOnlySpan<char> text)
    {
        var h = 0UL;
        for (var i = 0; i < text.Length; i++)
            foreach (var c in FoldAt(text, ref i)) h = (h * FoldBase) + c;
        return unchecked((long)h);
    }

    private const ulong FoldBase = 0x9E3779B97F4A7C15UL;

    /// <summary>FoldBase to the powers a mark's span can need; longer spans multiply on.</summary>
    private static readonly ulong[] FoldPowers = BuildFoldPowers(1024);

    private static ulong[] BuildFoldPowers(int n)
    {
        var powers = new ulong[n];
        powers[0] = 1;
        for (var k = 1; k < n; k++) powers[k] = powers[k - 1] * FoldBase;
        return powers;
    }

    private static ulong FoldPower(int n)
    {
        if (n < FoldPowers.Length) return FoldPowers[n];
        var p = FoldPowers[^1];
        for (var k = FoldPowers.Length - 1; k < n; k++) p *= FoldBase;
        return p;
    }

    /// <summary>The fold of the code point at <paramref name="i"/>; steps <paramref name="i"/> over a surrogate pair or a spelled-out sign.</summary>
    private static ReadOnlySpan<char> FoldAt(ReadOnlySpan<char> text, ref int i)
    {
        var folding = CharFolding.Instance;
        // A spelled-out sign ("(TM)") folds to nothing, as the sign does (see SpelledSign).
        if (text[i] == '(' && SpelledSign(text, i) is var sign and > 0)
        {
            i += sign - 1;
            return default;
        }
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
            i++;
            return folding.Astral(codePoint).Fold;
        }
        return folding.Fold(text[i], out _);
    }
}
