using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarkScreen.Judging.Goods.Evaluation;

/// <summary>A real listing title with the Nice classes its marketplace category maps to.</summary>
public sealed record GoodsLabel(string Title, string Category, IReadOnlyList<int> Classes, string Source);

/// <summary>
/// Labelled sets for the goods classifier, built from the marketplaces' own categories (never from the titles):
/// the Amazon UK sample's category path and the Flipkart sample's product-vertical code, each mapped to Nice classes
/// by a table (amazon-uk-categories.tsv, flipkart-verticals.tsv) that says how.
/// </summary>
public static class GoodsLabels
{
    public static List<GoodsLabel> LoadShared(string sharedRoot)
    {
        var dir = Path.Combine(sharedRoot, "data-candidates", "product-listings");
        var amazon = Table("amazon-uk-categories.tsv", keyColumn: 0, classColumn: 1);
        var flipkart = Table("flipkart-verticals.tsv", keyColumn: 0, classColumn: 2);
        var result = new List<GoodsLabel>();
        foreach (var row in Rows(Path.Combine(dir, "amazon-uk-10k", "amazon_co-ecommerce_sample.trimmed.csv")))
        {
            var path = row.GetValueOrDefault("amazon_category_and_sub_category") ?? "";
            var top = path.Split(" > ")[0].Trim();
            if (amazon.TryGetValue(top, out var classes) && row.GetValueOrDefault("product_name") is { Length: > 0 } title)
                result.Add(new GoodsLabel(title, path, classes, "amazon-uk"));
        }
        foreach (var row in Rows(Path.Combine(dir, "flipkart-20k", "flipkart_com-ecommerce_sample.trimmed.csv")))
        {
            var pid = row.GetValueOrDefault("pid") ?? "";
            if (pid.Length >= 3 && flipkart.TryGetValue(pid[..3], out var classes) && row.GetValueOrDefault("product_name") is { Length: > 0 } title)
                result.Add(new GoodsLabel(title, pid[..3], classes, "flipkart"));
        }
        return result;
    }

    private static Dictionary<string, int[]> Table(string name, int keyColumn, int classColumn)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MarkScreen.GoodsLabels." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} missing");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, int[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            table[f[keyColumn]] = [.. f[classColumn].Split('|').Select(c => int.Parse(c, CultureInfo.InvariantCulture))];
        }
        return table;
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = csv.GetField(i) ?? "";
            yield return row;
        }
    }
}

/// <summary>How often the classifier's best guess (and its top three) is a class the label accepts.</summary>
public sealed record GoodsAccuracyReport(int Listings, int Top1, int Top3, int NoGuess, IReadOnlyList<GoodsAccuracyRow> BySource, IReadOnlyList<GoodsAccuracyRow> ByCategory)
{
    public double Top1Rate => Listings == 0 ? 0 : (double)Top1 / Listings;
    public double Top3Rate => Listings == 0 ? 0 : (double)Top3 / Listings;
}

public sealed record GoodsAccuracyRow(string Name, int Listings, int Top1, int Top3)
{
    public double Top1Rate => Listings == 0 ? 0 : (double)Top1 / Listings;
}

public static class GoodsAccuracy
{
    /// <summary>Classifies each title alone (the category is the label, so it is not shown to the classifier).</summary>
    public static GoodsAccuracyReport Run(IReadOnlyList<GoodsLabel> labels, GoodsClassifier classifier)
    {
        var results = labels.AsParallel().AsOrdered().Select(l =>
        {
            var guesses = classifier.Classify(l.Title);
            var top1 = guesses.Count > 0 && l.Classes.Contains(guesses[0].Class);
            var top3 = guesses.Take(3).Any(g => l.Classes.Contains(g.Class));
            return (Label: l, Top1: top1, Top3: top3, None: guesses.Count == 0);
        }).ToList();
        static List<GoodsAccuracyRow> Group(IEnumerable<(GoodsLabel Label, bool Top1, bool Top3, bool None)> rows, Func<GoodsLabel, string> key) =>
            [.. rows.GroupBy(r => key(r.Label)).Select(g => new GoodsAccuracyRow(g.Key, g.Count(), g.Count(r => r.Top1), g.Count(r => r.Top3)))
                .OrderByDescending(r => r.Listings)];
        return new GoodsAccuracyReport(results.Count, results.Count(r => r.Top1), results.Count(r => r.Top3), results.Count(r => r.None),
            Group(results, l => l.Source), Group(results, l => $"{l.Source}: {l.Category.Split(" > ")[0]}"));
    }
}
