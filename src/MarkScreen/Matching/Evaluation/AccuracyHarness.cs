using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Text;

namespace MarkScreen.Matching.Evaluation;

/// <summary>
/// Measures recall and false matches on real listings. The register is the listings' own brand column; a listing
/// counts where its brand appears in its title as a whole word. For each disguise the brand is rewritten in place
/// and must still be found over the same place; for the false-match test it is replaced by a neutral word and must
/// no longer be reported.
/// </summary>
public static class AccuracyHarness
{
    private const string NeutralWord = "Generic";

    private static readonly HashSet<string> s_notBrands = new(StringComparer.OrdinalIgnoreCase)
    {
        "generic", "unbranded", "unknown", "na", "n/a", "none", "other", "others", "no brand", "brand",
    };

    /// <summary>Runs the harness with MarkScreen's matcher.</summary>
    public static AccuracyReport Run(IReadOnlyList<LabeledListing> listings, int seed = 42, int? sample = null)
    {
        MarkIndex? index = null;
        try
        {
            return Run(listings, brands =>
            {
                index = MarkIndex.Build(brands.Select((b, i) => new IndexedMark(i + 1, "LIST", "B" + i.ToString(CultureInfo.InvariantCulture), null, b, [], Liveness.Live)));
                var matcher = new MarkMatcher(index);
                return title => matcher.Find(title).SelectMany(h => h.Spans.Select(s => new Found(h.MarkText, s.Start, s.Length, s.Kind)));
            }, seed, sample);
        }
        finally
        {
            index?.Dispose();
        }
    }

    /// <summary>
    /// Runs the harness with any matcher: <paramref name="makeFinder"/> gets the brand register and returns a function
    /// from a title to what it found. A finder that cannot say where (Start &lt; 0) is credited wherever it found the mark.
    /// </summary>
    public static AccuracyReport Run(IReadOnlyList<LabeledListing> listings, Func<IReadOnlyList<string>, Func<string, IEnumerable<Found>>> makeFinder, int seed = 42, int? sample = null)
    {
        var brands = listings.Select(l => l.Brand).Where(IsBrand).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var find = makeFinder(brands);
        var disguiser = new Disguiser(seed);
        var random = new Random(seed);
        var eligible = listings.Where(l => IsBrand(l.Brand)).Select(l => (Listing: l, At: Occurrence(l.Title, l.Brand)))
            .Where(e => e.At is not null).ToList();
        if (sample is { } n && n < eligible.Count) eligible = [.. eligible.OrderBy(_ => random.Next()).Take(n)];

        var kinds = new Dictionary<string, KindResult>(StringComparer.Ordinal);
        void Count(string name, string title, string brand, Match at, string? variant, MatchKind expected, int extra = 0)
        {
            if (variant is null) return;
            var disguised = string.Concat(title.AsSpan(0, at.Index), variant, title.AsSpan(at.Index + at.Length + extra));
            var hits = find(disguised).Where(f => SameMark(f.Mark, brand) && (f.Start < 0 || (f.Start < at.Index + variant.Length && at.Index < f.Start + f.Length))).ToList();
            var r = kinds.TryGetValue(name, out var k) ? k : new KindResult(name, 0, 0, 0);
            kinds[name] = r with
            {
                Cases = r.Cases + 1,
                Found = r.Found + (hits.Count == 0 ? 0 : 1),
                NamedRight = r.NamedRight + (hits.Exists(f => f.Kind == expected) ? 1 : 0),
            };
        }

        var sw = Stopwatch.StartNew();
        var falseCases = 0;
        var falseFound = 0;
        foreach (var (listing, found) in eligible)
        {
            var at = found!;
            var original = listing.Title.Substring(at.Index, at.Length);
            Count("exact", listing.Title, listing.Brand, at, original, MatchKind.Exact);
            Count("homoglyph", listing.Title, listing.Brand, at, disguiser.Homoglyph(original), MatchKind.Homoglyph);
            Count("invisible", listing.Title, listing.Brand, at, disguiser.Invisible(original), MatchKind.Homoglyph);
            Count("leetspeak", listing.Title, listing.Brand, at, disguiser.Leetspeak(original), MatchKind.Leetspeak);
            Count("spaced", listing.Title, listing.Brand, at, disguiser.Spaced(original), MatchKind.Spaced);
            Count("compound", listing.Title, listing.Brand, at, Compound(listing.Title, at), MatchKind.Compound, extra: 1);
            Count("fuzzy", listing.Title, listing.Brand, at, disguiser.Typo(original), MatchKind.Fuzzy);
            Count("phonetic", listing.Title, listing.Brand, at, Disguiser.SoundAlike(original), MatchKind.Phonetic);

            var neutral = Regex.Replace(listing.Title, WordPattern(listing.Brand), NeutralWord, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            falseCases++;
            if (find(neutral).Any(f => SameMark(f.Mark, listing.Brand))) falseFound++;
        }
        return new AccuracyReport(brands.Count, eligible.Count, [.. kinds.Values], falseCases, falseFound, sw.Elapsed);
    }

    /// <summary>"Nike" glued to the next word: "Nikeair" (only where a next word exists); replaces brand and space.</summary>
    private static string? Compound(string title, Match at)
    {
        var after = at.Index + at.Length;
        if (after + 1 >= title.Length || title[after] != ' ' || !char.IsLetter(title[after + 1])) return null;
        return at.Value.Count(char.IsLetterOrDigit) < 4 ? null : at.Value;
    }

    private static bool SameMark(string markText, string brand) => string.Equals(MatchText.FoldKey(markText), MatchText.FoldKey(brand), StringComparison.Ordinal);

    private static bool IsBrand(string brand) => !s_notBrands.Contains(brand) && brand.Count(char.IsLetter) >= 2;

    private static Match? Occurrence(string title, string brand)
    {
        var m = Regex.Match(title, WordPattern(brand), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return m.Success ? m : null;
    }

    private static string WordPattern(string brand) => $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(brand)}(?![\p{{L}}\p{{N}}])";
}

/// <summary>A mark a matcher reported, where (Start -1 when it cannot say) and how (null when it cannot say).</summary>
public readonly record struct Found(string Mark, int Start, int Length, MatchKind? Kind);

public sealed record KindResult(string Kind, int Cases, int Found, int NamedRight)
{
    public double Recall => Cases == 0 ? 0 : (double)Found / Cases;
}

public sealed record AccuracyReport(int Brands, int Listings, IReadOnlyList<KindResult> Kinds, int FalseCases, int FalseFound, TimeSpan Elapsed)
{
    public double FalseMatchRate => FalseCases == 0 ? 0 : (double)FalseFound / FalseCases;

    public KindResult this[string kind] => Kinds.Single(k => k.Kind == kind);
}
