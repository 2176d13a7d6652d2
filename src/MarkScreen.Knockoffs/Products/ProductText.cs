using System.Text.RegularExpressions;

namespace MarkScreen.Knockoffs.Products;

/// <summary>A measured attribute written in a listing: 500 GB, 2.4 GHz, 60 W, 3 pack.</summary>
public readonly record struct Quantity(double Value, string Unit);

/// <summary>
/// What a careful person reads off a product text before comparing two: its words, its model numbers and codes
/// (normalised: "XTA-3510-73GB" = "xta351073gb"), its measured attributes (capacity, size, wattage, pack count) and
/// its bare numbers. Computed once per record.
/// </summary>
public sealed partial class ProductText
{
    public IReadOnlyList<string> TitleTokens { get; }
    public IReadOnlyList<string> Tokens { get; }
    public HashSet<string> TitleSet { get; }
    public HashSet<string> TokenSet { get; }
    public HashSet<string> Codes { get; }
    public HashSet<string> Numbers { get; }
    public IReadOnlyList<Quantity> Quantities { get; }
    public HashSet<string> TitleTrigrams { get; }

    /// <summary>The full text squashed to letters and digits, for "does this code appear anywhere in it".</summary>
    public string Squashed { get; }

    public ProductText(ProductRecord record)
    {
        TitleTokens = Tokenize(record.Title);
        Tokens = Tokenize(record.FullText);
        TitleSet = [.. TitleTokens];
        TokenSet = [.. Tokens];
        Codes = [.. ExtractCodes(record.Title + " " + record.ModelNumber + " " + Clip(record.Description, 400))];
        if (record.ModelNumber is { } m && Normalize(m) is { Length: >= 3 } code) Codes.Add(code);
        Numbers = [.. Tokens.Where(t => t.All(char.IsAsciiDigit))];
        Quantities = ExtractQuantities(record.Title + " " + Clip(record.Description, 400));
        Squashed = Normalize(record.FullText);
        TitleTrigrams = Trigrams(string.Join(' ', TitleTokens));
    }

    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (Match m in Word().Matches(text.ToLowerInvariant())) tokens.Add(m.Value);
        return tokens;
    }

    /// <summary>Letters and digits only, lower case: how model numbers are compared.</summary>
    public static string Normalize(string text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (char.IsAsciiLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Model numbers and part codes: whitespace-separated chunks with both letters and digits (or six digits and more),
    /// taken whole and, when hyphenated, by parts too ("540-5629" and "XTA-3510-73-GB-10K").
    /// </summary>
    public static IEnumerable<string> ExtractCodes(string text)
    {
        foreach (var chunk in text.Split([' ', ',', ';', '(', ')', '[', ']', '"', '\'', '|', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var whole = Normalize(chunk);
            if (IsCode(whole)) yield return whole;
            if (chunk.AsSpan().IndexOfAny('-', '/') >= 0)
                foreach (var part in chunk.Split(['-', '/'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var p = Normalize(part);
                    if (p != whole && IsCode(p)) yield return p;
                }
        }
    }

    private static bool IsCode(string s) =>
        s.Length >= 4 && s.Length <= 24 && ((s.Any(char.IsAsciiLetter) && s.Count(char.IsAsciiDigit) >= 2 && !UnitOnly().IsMatch(s)) || (s.Length >= 6 && s.All(char.IsAsciiDigit)));

    public static List<Quantity> ExtractQuantities(string text)
    {
        var list = new List<Quantity>();
        foreach (Match m in QuantityPattern().Matches(text.ToLowerInvariant()))
        {
            if (!double.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)) continue;
            var unit = m.Groups[2].Value switch
            {
                "watts" or "watt" => "w",
                "inch" or "inches" or "in" or "\"" => "in",
                "pk" or "pack" or "pcs" or "pieces" or "count" or "ct" => "pack",
                "gig" or "gigabyte" => "gb",
                var u => u,
            };
            if (unit == "tb") (v, unit) = (v * 1000, "gb");
            list.Add(new Quantity(v, unit));
        }
        return list;
    }

    private static HashSet<string> Trigrams(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var padded = " " + s + " ";
        for (var i = 0; i + 3 <= padded.Length; i++) set.Add(padded.Substring(i, 3));
        return set;
    }

    private static string Clip(string? s, int n) => s is null ? "" : s.Length <= n ? s : s[..n];

    [GeneratedRegex(@"[a-z0-9]+(?:\.[0-9]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s?(gb|tb|mb|ghz|mhz|mp|watts?|w|mah|v|inch(?:es)?|in\b|""|mm|cm|lbs?|oz|pk|pack|pcs|pieces|count|ct|x|rpm|hz|ft|gig(?:abyte)?)(?![a-z0-9])")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^\d+(gb|tb|mb|ghz|mhz|mp|w|mah|v|in|mm|cm|lb|lbs|oz|pk|rpm|hz|ft|x|k|p|s|th|nd|rd|st)$")]
    private static partial Regex UnitOnly();
}
