using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarkScreen.Matching.Evaluation;

/// <summary>A real listing with the brand its marketplace recorded for it.</summary>
public sealed record LabeledListing(string Title, string Brand, string Source);

public static class LabeledListings
{
    /// <summary>
    /// The listings in the shared data with a brand or manufacturer column: Flipkart (brand), Amazon UK (manufacturer)
    /// and Walmart-Amazon (brand), from <c>{root}/data-candidates/product-listings</c>.
    /// </summary>
    public static List<LabeledListing> LoadShared(string sharedRoot)
    {
        var dir = Path.Combine(sharedRoot, "data-candidates", "product-listings");
        var result = new List<LabeledListing>();
        result.AddRange(Read(Path.Combine(dir, "flipkart-20k", "flipkart_com-ecommerce_sample.trimmed.csv"), "product_name", "brand", "flipkart"));
        result.AddRange(Read(Path.Combine(dir, "amazon-uk-10k", "amazon_co-ecommerce_sample.trimmed.csv"), "product_name", "manufacturer", "amazon-uk"));
        result.AddRange(Read(Path.Combine(dir, "em-benchmarks", "walmart_amazon", "tableA.csv"), "title", "brand", "walmart"));
        result.AddRange(Read(Path.Combine(dir, "em-benchmarks", "walmart_amazon", "tableB.csv"), "title", "brand", "amazon"));
        return result;
    }

    private static List<LabeledListing> Read(string path, string titleColumn, string brandColumn, string source)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        var list = new List<LabeledListing>();
        while (csv.Read())
        {
            var title = csv.GetField(titleColumn)?.Trim() ?? "";
            var brand = csv.GetField(brandColumn)?.Trim() ?? "";
            if (title.Length > 0 && brand.Length > 0) list.Add(new LabeledListing(title, brand, source));
        }
        return list;
    }
}
