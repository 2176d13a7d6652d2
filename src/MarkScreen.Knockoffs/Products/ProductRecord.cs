namespace MarkScreen.Knockoffs.Products;

/// <summary>One product listing or catalogue entry as the knock-off finder reads it; only Id and Title are required.</summary>
public sealed record ProductRecord(string Id, string Title, string? Description = null, string? Brand = null, string? ModelNumber = null,
    double? Price = null, string? Category = null, string? Seller = null)
{
    /// <summary>Everything descriptive in one string: title, brand, model number, description.</summary>
    public string FullText => string.Join(' ', new[] { Title, Brand, ModelNumber, Description }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
