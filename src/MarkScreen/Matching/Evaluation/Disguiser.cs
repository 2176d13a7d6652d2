using System.Text;

namespace MarkScreen.Matching.Evaluation;

/// <summary>
/// Rewrites a brand inside a title the way counterfeit listings do, one technique at a time, with a fixed seed so
/// the accuracy figures are reproducible. Returns null where a technique does not apply to the brand.
/// </summary>
public sealed class Disguiser(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly Dictionary<char, char> s_homoglyphs = new()
    {
        ['a'] = '\u0430', ['e'] = '\u0435', ['o'] = '\u043E', ['p'] = '\u0440', ['c'] = '\u0441', ['x'] = '\u0445', ['y'] = '\u0443',
        ['i'] = '\u0456', ['s'] = '\u0455', ['j'] = '\u0458', ['A'] = '\u0410', ['B'] = '\u0412', ['E'] = '\u0415', ['K'] = '\u041A',
        ['M'] = '\u041C', ['H'] = '\u041D', ['O'] = '\u041E', ['P'] = '\u0420', ['C'] = '\u0421', ['T'] = '\u0422', ['X'] = '\u0425',
        ['I'] = '\u0406', ['S'] = '\u0405', ['N'] = '\u039D', ['Z'] = '\u0396',
    };

    private static readonly Dictionary<char, string> s_leet = new()
    {
        ['a'] = "4", ['e'] = "3", ['i'] = "1", ['o'] = "0", ['s'] = "5", ['t'] = "7", ['A'] = "4", ['E'] = "3", ['I'] = "1", ['O'] = "0",
        ['S'] = "$", ['T'] = "7", ['g'] = "9", ['B'] = "8",
    };

    public string? Homoglyph(string brand) => Replace(brand, c => s_homoglyphs.TryGetValue(c, out var h) ? h.ToString() : null, 4);

    public string? Leetspeak(string brand) => Replace(brand, c => s_leet.TryGetValue(c, out var l) ? l : null, 4);

    /// <summary>Zero-width spaces inside the word: invisible to a buyer, fatal to a naive search.</summary>
    public string? Invisible(string brand) =>
        brand.Length < 4 ? null : brand.Insert(1 + _random.Next(brand.Length - 1), _random.Next(2) == 0 ? "\u200B" : "\u00AD");

    public string? Spaced(string brand)
    {
        if (brand.Contains(' ', StringComparison.Ordinal) || brand.Length < 3 || brand.Length > 12) return null;
        var separator = new[] { " ", ".", "-" }[_random.Next(3)];
        return string.Join(separator, brand.Where(char.IsLetterOrDigit));
    }

    /// <summary>A one-edit typo: neighbours swapped, a letter dropped or doubled (marks of five letters or more).</summary>
    public string? Typo(string brand)
    {
        var letters = brand.Count(char.IsLetter);
        if (letters < 5 || brand.Contains(' ', StringComparison.Ordinal)) return null;
        var i = 1 + _random.Next(brand.Length - 2);
        if (!char.IsLetter(brand[i]) || !char.IsLetter(brand[i + 1])) return null;
        return _random.Next(3) switch
        {
            0 when brand[i] != brand[i + 1] => string.Concat(brand.AsSpan(0, i), brand[i + 1].ToString(), brand[i].ToString(), brand.AsSpan(i + 2)),
            1 => brand.Remove(i, 1),
            _ => brand.Insert(i, brand[i].ToString()),
        };
    }

    /// <summary>A spelling that keeps the sound: ph↔f, ck→k, c→k before a/o/u, s→z between vowels, y→i, k→c.</summary>
    public static string? SoundAlike(string brand)
    {
        if (brand.Count(char.IsLetter) < 5 || brand.Contains(' ', StringComparison.Ordinal)) return null;
        var lower = brand.ToLowerInvariant();
        string[][] rules = [["ph", "f"], ["ck", "k"], ["ca", "ka"], ["co", "ko"], ["cu", "ku"], ["y", "i"], ["f", "ph"], ["ks", "x"], ["x", "ks"]];
        foreach (var rule in rules)
        {
            var at = lower.IndexOf(rule[0], StringComparison.Ordinal);
            if (at < 0) continue;
            var replacement = char.IsUpper(brand[at]) ? rule[1].ToUpperInvariant() : rule[1];
            return string.Concat(brand.AsSpan(0, at), replacement, brand.AsSpan(at + rule[0].Length));
        }
        return null;
    }

    private string? Replace(string brand, Func<char, string?> map, int minLength)
    {
        if (brand.Count(char.IsLetterOrDigit) < minLength) return null;
        var positions = Enumerable.Range(0, brand.Length).Where(i => map(brand[i]) is not null).ToList();
        if (positions.Count == 0) return null;
        var take = Math.Min(positions.Count, 1 + _random.Next(2));
        var chosen = positions.OrderBy(_ => _random.Next()).Take(take).ToHashSet();
        var sb = new StringBuilder();
        for (var i = 0; i < brand.Length; i++) sb.Append(chosen.Contains(i) ? map(brand[i]) : brand[i].ToString());
        return sb.ToString();
    }
}
