namespace MarkScreen.Screening;

/// <summary>Which column (CSV) or key (JSON Lines) holds each listing field: given by the user, else found by name.</summary>
public sealed record ListingColumns(string? Id = null, string? Title = null, string? Description = null, string? Category = null, string? Brand = null, string? Seller = null)
{
    private static readonly string[] s_id = ["id", "listing_id", "uniq_id", "product_id", "item_id", "asin", "sku", "pid", "offer_id"];
    private static readonly string[] s_title = ["title", "product_name", "product_title", "name", "item_name", "listing_title"];
    private static readonly string[] s_description = ["description", "product_description", "desc", "about", "details", "long_description"];
    private static readonly string[] s_category = ["category", "category_path", "categories", "product_category_tree", "amazon_category_and_sub_category", "breadcrumb"];
    private static readonly string[] s_brand = ["brand", "brand_name", "manufacturer", "make"];
    private static readonly string[] s_seller = ["seller", "seller_name", "store", "shop", "merchant", "vendor", "sold_by"];

    /// <summary>Resolves each field against the header names actually present; unknown user-given names are an error.</summary>
    public ResolvedColumns Resolve(IReadOnlyList<string> header)
    {
        var normalized = header.Select(Normalize).ToList();
        int? Find(string? given, string[] aliases, string field)
        {
            if (given is not null)
            {
                var i = normalized.IndexOf(Normalize(given));
                return i >= 0 ? i : throw new InvalidDataException($"no column '{given}' for {field}; the header has: {string.Join(", ", header)}");
            }
            foreach (var a in aliases)
            {
                var i = normalized.IndexOf(a);
                if (i >= 0) return i;
            }
            return null;
        }
        var title = Find(Title, s_title, "--title-column")
            ?? throw new InvalidDataException($"no title column (looked for {string.Join(", ", s_title)}; name it with --title-column); the header has: {string.Join(", ", header)}");
        return new ResolvedColumns(Find(Id, s_id, "--id-column"), title, Find(Description, s_description, "--description-column"),
            Find(Category, s_category, "--category-column"), Find(Brand, s_brand, "--brand-column"), Find(Seller, s_seller, "--seller-column"), header);
    }

    internal static string Normalize(string name) => name.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}

/// <summary>Column positions in one file's header; Id null means listings are numbered by their row.</summary>
public sealed record ResolvedColumns(int? Id, int Title, int? Description, int? Category, int? Brand, int? Seller, IReadOnlyList<string> Header)
{
    public string Name(int? column) => column is { } c ? Header[c] : "";
}
