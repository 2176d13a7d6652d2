using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;

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
        titles.AddRange(Column(Shared(shared, "product-listings", "snapdeal-100", "snapdeal_raw_data.csv"), "product_name"));
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

    /// <summary>The value after <paramref name="name"/> on the command line, if any.</summary>
    public static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>
    /// Writes generated marks as a CSV register (an owner per mark, its class, registered, serial and registration
    /// numbers, a filing date) and imports it through the real importer into a fresh store under
    /// <paramref name="dir"/>; returns the store, open.
    /// </summary>
    public static MarkStore ImportRegister(IEnumerable<IndexedMark> marks, string dir, string name)
    {
        Directory.CreateDirectory(dir);
        var csv = Path.Combine(dir, name + ".csv");
        using (var writer = new CsvWriter(new StreamWriter(csv), CultureInfo.InvariantCulture))
        {
            foreach (var h in new[] { "mark", "owner", "classes", "status", "serial_number", "registration_number", "filing_date" }) writer.WriteField(h);
            writer.NextRecord();
            foreach (var m in marks)
            {
                writer.WriteField(m.Text); writer.WriteField("Owner " + m.SerialNumber); writer.WriteField(string.Join(';', m.NiceClasses));
                writer.WriteField("registered"); writer.WriteField(m.SerialNumber); writer.WriteField("R" + m.SerialNumber); writer.WriteField("2020-01-01");
                writer.NextRecord();
            }
        }
        var db = Path.Combine(dir, name + ".db");
        foreach (var f in Directory.GetFiles(dir, Path.GetFileName(db) + "*")) File.Delete(f);
        var store = MarkStore.Open(db);
        new RegisterImporter(store).ImportFile(csv);
        return store;
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
