using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MarkScreen.Index;
using MarkScreen.Marks;

namespace MarkScreen.Benchmarks;

/// <summary>
/// Real titles and brand lists from ../shared/data-candidates, and registers generated to look like USPTO word marks:
/// 1-4 words of coined words, dictionary words (the listings' own vocabulary) and numbers, with the real brands mixed in.
/// </summary>
internal static class BenchmarkData
{
    public static string Shared(string root, params string[] parts) => Path.Combine([root, "data-candidates", .. parts]);

    public static List<string> Titles(string shared)
    {
        var titles = new List<string>();
        titles.AddRange(Column(Shared(shared, "product-listings", "flipkart-20k", "flipkart_com-ecommerce_sample.trimmed.csv"), "product_name"));
        titles.AddRange(Column(Shared(shared, "product-listings", "amazon-uk-10k", "amazon_co-ecommerce_sample.trimmed.csv"), "product_name"));
        titles.AddRange(Column(Shared(shared, "product-listings", "em-benchmarks", "walmart_amazon", "tableA.csv"), "title"));
        titles.AddRange(Column(Shared(shared, "product-listings", "em-benchmarks", "walmart_amazon", "tableB.csv"), "title"));
        return [.. titles.Where(t => t.Length > 0)];
    }

    public static List<string> Brands(string shared)
    {
        var brands = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var b in Column(Shared(shared, "brands", "nsi-brands.csv"), "brand")) brands.Add(b);
        foreach (var b in Column(Shared(shared, "brands", "retail-brand-names-iamsid47.csv"), "Name")) brands.Add(b);
        foreach (var line in File.ReadLines(Shared(shared, "brands", "cspell-companies.txt")))
            if (line.Length > 0 && !line.StartsWith('#')) brands.Add(line.Trim());
        return [.. brands.Where(b => b.Length >= 2).Order(StringComparer.Ordinal)];
    }

    /// <summary>Words that occur at least twice in the titles: the everyday vocabulary registers are full of.</summary>
    public static List<string> Vocabulary(IEnumerable<string> titles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in titles)
            foreach (var w in t.Split([' ', ',', '-', '(', ')', '/', '.', '&', '+', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
                if (w.Length >= 3 && w.All(char.IsAsciiLetter)) counts[w.ToUpperInvariant()] = counts.GetValueOrDefault(w.ToUpperInvariant()) + 1;
        return [.. counts.Where(c => c.Value >= 2).Select(c => c.Key).Order(StringComparer.Ordinal)];
    }

    public static IEnumerable<IndexedMark> Register(int size, List<string> brands, List<string> vocabulary, int seed = 11)
    {
        var random = new Random(seed);
        string[] syllables = ["ka", "zo", "tri", "vex", "lu", "mar", "quo", "ny", "sil", "ber", "ax", "or", "pel", "tu", "gri", "fen", "ra", "dex", "ix", "ol", "ven", "sta", "mo", "rik"];
        var id = 0L;
        foreach (var b in brands.Take(size)) yield return Mark(++id, b, random);
        while (id < size)
        {
            var words = 1 + (random.NextDouble() < 0.45 ? random.Next(1, 4) : 0);
            var parts = new string[words];
            for (var i = 0; i < words; i++)
            {
                var x = random.NextDouble();
                parts[i] = x < 0.45 ? string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => syllables[random.Next(syllables.Length)])).ToUpperInvariant()
                    : x < 0.9 ? vocabulary[random.Next(vocabulary.Count)]
                    : random.Next(1, 9999).ToString(CultureInfo.InvariantCulture);
            }
            yield return Mark(++id, string.Join(' ', parts), random);
        }
    }

    private static IndexedMark Mark(long id, string text, Random random) =>
        new(id, "US", (70000000 + id).ToString(CultureInfo.InvariantCulture), null, text, [1 + random.Next(45)], Liveness.Live);

    private static List<string> Column(string path, string column)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        var list = new List<string>();
        while (csv.Read()) list.Add((csv.GetField(column) ?? "").Trim());
        return list;
    }
}
