using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarkScreen.Knockoffs.Products;

/// <summary>
/// Reads a product table (CSV with a header): the entity-matching benchmarks' tableA/tableB, a brand's catalogue of
/// genuine products, or marketplace listings. Columns are found by name: id; title or name; description; brand or
/// manufacturer; modelno; price; category; seller. Rows without a title are skipped.
/// </summary>
public static class ProductTable
{
    private static readonly string[] s_id = ["id", "uniq_id", "listing_id", "product_id", "sku", "asin", "pid"];
    private static readonly string[] s_title = ["title", "name", "product_name", "product_title"];
    private static readonly string[] s_description = ["description", "product_description", "desc"];
    private static readonly string[] s_brand = ["brand", "manufacturer", "brand_name", "make"];
    private static readonly string[] s_model = ["modelno", "model", "model_number", "mpn", "model_no"];
    private static readonly string[] s_price = ["price", "retail_price"];
    private static readonly string[] s_category = ["category", "category_path", "amazon_category_and_sub_category"];
    private static readonly string[] s_seller = ["seller", "seller_name", "store", "shop", "merchant"];

    public static List<ProductRecord> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectDelimiter = true });
        if (!csv.Read() || !csv.ReadHeader()) throw new InvalidDataException($"{path}: no header row");
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
        int Find(string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        int id = Find(s_id), title = Find(s_title), description = Find(s_description), brand = Find(s_brand), model = Find(s_model),
            price = Find(s_price), category = Find(s_category), seller = Find(s_seller);
        if (title < 0) throw new InvalidDataException($"{path}: no title column (looked for {string.Join(", ", s_title)})");
        var rows = new List<ProductRecord>();
        var row = 0;
        while (csv.Read())
        {
            row++;
            string? Get(int i) => i >= 0 && csv.GetField(i) is { } v && !string.IsNullOrWhiteSpace(v) && v != "nan" ? v.Trim() : null;
            if (Get(title) is not { } t) continue;
            var p = Get(price) is { } ps && double.TryParse(ps.TrimStart('$', '£', '€', '₹'), NumberStyles.Float, CultureInfo.InvariantCulture, out var pv) ? pv : (double?)null;
            rows.Add(new ProductRecord(Get(id) ?? $"row {row}", t, Get(description), Get(brand), Get(model), p, Get(category), Get(seller)));
        }
        return rows;
    }
}
