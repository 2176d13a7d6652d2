namespace MarkScreen.Text;

/// <summary>
/// Whether plain ASCII letters that differ from a mark only in I/l swaps are drawn to look like it. The skeleton puts
/// i, l, I and L in one class, so "lcd" and "LCD" share a skeleton with ICD, "dalla" with DALIA, "Fit" with FLT. But
/// a capital L never looks like an I, and a dotted i never looks like an l: the look-alikes are the lower-case l among
/// capitals ("NlKE", "lPhone") and the capital I among lower-case letters ("AppIe"). Elsewhere the text is its own
/// word (an abbreviation, a name, a unit), written as its writer meant it.
/// </summary>
public static class LetterSwaps
{
    public enum Verdict
    {
        /// <summary>The text differs from the mark otherwise than by I/l swaps among plain letters: not for this test.</summary>
        NotSwaps,

        /// <summary>Every swapped letter is drawn like the mark's: a look-alike.</summary>
        LookAlike,

        /// <summary>Some swapped letter is plainly another letter: the text is a word of its own, not the mark.</summary>
        Plain,
    }

    /// <summary>Swaps tried at most: the I/l letters of a span, two ways each.</summary>
    private const int MaxSwappable = 8;

    private const int MaxLetters = 64;

    /// <summary>
    /// The verdict on <paramref name="text"/> against a mark's fold (lower-case letters and digits: see
    /// MatchText.FoldKey). A letter where the mark has a digit is plain too: letters never imitate digits.
    /// </summary>
    public static Verdict Of(ReadOnlySpan<char> text, ReadOnlySpan<char> markFold)
    {
        Span<char> letters = stackalloc char[MaxLetters];
        var n = Letters(text, letters);
        if (n < 0 || n != markFold.Length) return Verdict.NotSwaps;
        var swapped = false;
        for (var k = 0; k < n; k++)
        {
            var c = char.ToLowerInvariant(letters[k]);
            if (c == markFold[k]) continue;
            // Letters never imitate digits: "III" is no 111, "opened" no OPEN3D.
            if (char.IsAsciiDigit(markFold[k]) && char.IsAsciiLetter(c)) return Verdict.Plain;
            if (!IsSwap(c, markFold[k])) return Verdict.NotSwaps;
            if (!DrawnAlike(letters[..n], k)) return Verdict.Plain;
            swapped = true;
        }
        return swapped ? Verdict.LookAlike : Verdict.NotSwaps;
    }

    /// <summary>
    /// The verdict on <paramref name="text"/> against a mark known by its fold hash alone (MatchText.FoldHash): the
    /// I/l letters are swapped every way until the hash matches. The matcher asks it of the rare hits of plain letters
    /// that differ from their mark, where reading the mark's text would be a miss far into the index.
    /// </summary>
    public static Verdict Of(ReadOnlySpan<char> text, long markFoldHash) => Of(text, markFoldHash, out _);

    /// <summary>
    /// As <see cref="Of(ReadOnlySpan{char}, long)"/>, and whether the swaps are one transposed pair ("Ailsha" for
    /// ALISHA): drawn plainly, that is a typo, where a lone swapped letter ("dalla" for DALIA, "nell" for NEIL) is
    /// another word.
    /// </summary>
    public static Verdict Of(ReadOnlySpan<char> text, long markFoldHash, out bool transposed)
    {
        transposed = false;
        Span<char> letters = stackalloc char[MaxLetters];
        var n = Letters(text, letters);
        if (n < 0) return Verdict.NotSwaps;
        Span<int> at = stackalloc int[MaxSwappable];
        var swappable = 0;
        for (var k = 0; k < n; k++)
        {
            if (letters[k] is not ('i' or 'I' or 'l' or 'L')) continue;
            if (swappable == MaxSwappable) return Verdict.NotSwaps;
            at[swappable++] = k;
        }
        Span<char> candidate = stackalloc char[n];
        for (var mask = 1; mask < 1 << swappable; mask++)
        {
            for (var k = 0; k < n; k++) candidate[k] = char.ToLowerInvariant(letters[k]);
            for (var s = 0; s < swappable; s++)
                if ((mask & (1 << s)) != 0) candidate[at[s]] = candidate[at[s]] == 'i' ? 'l' : 'i';
            if (MatchText.FoldHash(candidate) != markFoldHash) continue;
            var changed = -1;
            for (var k = 0; k < n && !transposed; k++)
            {
                if (char.ToLowerInvariant(letters[k]) == candidate[k]) continue;
                // Two neighbours changed, each into the other ("il" for "li"); "ll" for "ii" is two substitutions.
                if (changed >= 0) transposed = k == changed + 1 && System.Numerics.BitOperations.PopCount((uint)mask) == 2 && candidate[k] == char.ToLowerInvariant(letters[changed]);
                changed = k;
            }
            return Of(text, candidate);
        }
        return Verdict.NotSwaps;
    }

    /// <summary>
    /// The ASCII letters and digits of <paramref name="text"/>, with their case; -1 where it holds anything but those
    /// and separators (symbols standing for letters, other scripts). Digits are compared as they are: one standing
    /// for a letter is leetspeak, not this test's.
    /// </summary>
    private static int Letters(ReadOnlySpan<char> text, Span<char> letters)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (n == letters.Length) return -1;
                letters[n++] = c;
            }
            else if (c >= 0x80 || c is '@' or '$' or '!' or '|' or '+') return -1;
        }
        return n;
    }

    private static bool IsSwap(char text, char mark) => (text == 'l' && mark == 'i') || (text == 'i' && mark == 'l');

    /// <summary>
    /// Whether the letter at <paramref name="k"/>, standing for the other of i and l, is drawn like it: a lower-case l
    /// beside a capital (it reads as a capital I), or a capital I beside a lower-case letter (it reads as an l).
    /// </summary>
    private static bool DrawnAlike(ReadOnlySpan<char> letters, int k)
    {
        var c = letters[k];
        if (c == 'l') return Beside(letters, k, upper: true);
        if (c == 'I') return Beside(letters, k, upper: false);
        return false;
    }

    private static bool Beside(ReadOnlySpan<char> letters, int k, bool upper) =>
        (k > 0 && char.IsAsciiLetterUpper(letters[k - 1]) == upper) || (k + 1 < letters.Length && char.IsAsciiLetterUpper(letters[k + 1]) == upper);
}
