using System.Buffers;
using MarkScreen.Text;

namespace MarkScreen.Judging.Goods;

/// <summary>
/// Splits goods text (a listing title, an NCL term) into lower-case word stems with their positions. Plurals are
/// reduced the same way on both sides ("cases" = "case", "batteries" = "battery"), possessives dropped ("women's" =
/// "women"), and runs of letters and digits kept apart from punctuation ("t-shirt" = "t", "shirt").
/// </summary>
public static class GoodsWords
{
    /// <summary>A word found in a text: its stem and where it was, [Start, Start+Length) in the original.</summary>
    public readonly record struct Word(string Stem, int Start, int Length);

    private static readonly SearchValues<string> s_cues = SearchValues.Create(
        ["for", "with", "compatible", "fits", "fit", "suitable", "replacement", "works", "designed", "use"], StringComparison.Ordinal);

    /// <summary>Words that point at what the product is for, not what it is: "case FOR iPhone", "COMPATIBLE with".</summary>
    public static bool IsCue(string stem) => s_cues.Contains(stem);

    public static List<Word> Split(string text)
    {
        var words = new List<Word>(Math.Min(64, text.Length / 5 + 4));
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var n = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
            {
                if (n < buffer.Length && !MatchText.IsApostrophe(text[i])) buffer[n++] = char.ToLowerInvariant(text[i]);
                i++;
            }
            var length = i - start;
            var word = buffer[..n];
            if (word.EndsWith("s") && i - start >= 2 && MatchText.IsApostrophe(text[i - 2])) word = word[..^1]; // women's
            var stem = Stem(word);
            if (stem.Length > 0) words.Add(new Word(stem, start, length));
        }
        return words;
    }

    /// <summary>English plural to singular, just enough that a title's "cases" meets NCL's "case".</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies")) return string.Concat(word[..^3], "y");
        if (word.Length > 4 && (word.EndsWith("sses") || word.EndsWith("shes") || word.EndsWith("ches") || word.EndsWith("xes") || word.EndsWith("zes")))
            return new string(word[..^2]);
        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) return new string(word[..^1]);
        return new string(word);
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        MatchText.IsApostrophe(text[i]) && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
