using MarkScreen.Index;
using MarkScreen.Knockoffs.Products;
using MarkScreen.Marks;
using MarkScreen.Matching;

namespace MarkScreen.Knockoffs.Features;

/// <summary>A product with everything read off it once: its text analysis, TF-IDF vectors and the brands found in it.</summary>
public sealed record ProductEntry(ProductRecord Record, ProductText Text, SparseVector TitleVector, SparseVector FullVector, IReadOnlySet<string> Brands);

/// <summary>
/// Two product tables (a catalogue and listings, or a benchmark's two sides) prepared for comparison: document
/// frequencies over both, TF-IDF vectors, and each product's brands found by MarkScreen's own matching engine — an
/// index of the brand names the tables carry (their brand or manufacturer columns; where a table has none, the words
/// that open at least three titles), so "Sony" is found in a title whatever its case, spacing or disguise.
/// </summary>
public sealed class ProductCorpus
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private int _documents;

    public IReadOnlyList<ProductEntry> Left { get; }
    public IReadOnlyList<ProductEntry> Right { get; }

    private readonly Dictionary<string, int> _leftById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rightById = new(StringComparer.Ordinal);

    /// <summary>Where the product with this id is in the left table (the first, if an id repeats).</summary>
    public bool TryLeft(string id, out int index) => _leftById.TryGetValue(id, out index);

    /// <summary>Where the product with this id is in the right table (the first, if an id repeats).</summary>
    public bool TryRight(string id, out int index) => _rightById.TryGetValue(id, out index);

    public ProductCorpus(IReadOnlyList<ProductRecord> left, IReadOnlyList<ProductRecord> right)
    {
        var texts = left.Concat(right).Select(r => new ProductText(r)).ToList();
        foreach (var t in texts) Count(t.TokenSet);
        var brands = BrandNames(left.Concat(right).ToList(), texts);
        using var index = MarkIndex.Build(brands.Select((b, i) => new IndexedMark(i + 1, "BRANDS", $"B{i}", null, b, [], Liveness.Live)));
        var matcher = new MarkMatcher(index) { Approximate = false };
        var records = left.Concat(right).ToList();
        var hits = matcher.Find(records.Select(r => r.Title).ToArray());
        var entries = records.Select((r, i) =>
        {
            var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (r.Brand is { } b) found.Add(b.Trim().ToLowerInvariant());
            foreach (var hit in hits[i]) found.Add(hit.MarkText.ToLowerInvariant());
            return new ProductEntry(r, texts[i], Vector(texts[i].TitleTokens), Vector(texts[i].Tokens), found);
        }).ToList();
        Left = entries[..left.Count];
        Right = entries[left.Count..];
        for (var i = 0; i < Left.Count; i++) _leftById.TryAdd(Left[i].Record.Id, i);
        for (var i = 0; i < Right.Count; i++) _rightById.TryAdd(Right[i].Record.Id, i);
    }

    public double Idf(string term) =>
        _termIds.TryGetValue(term, out var id) ? Math.Log((1.0 + _documents) / (1.0 + _documentFrequency[id])) + 1 : Math.Log(1.0 + _documents) + 1;

    private void Count(HashSet<string> terms)
    {
        _documents++;
        foreach (var t in terms)
        {
            if (!_termIds.TryGetValue(t, out var id))
            {
                _termIds[t] = id = _documentFrequency.Count;
                _documentFrequency.Add(0);
            }
            _documentFrequency[id]++;
        }
    }

    private SparseVector Vector(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0) return SparseVector.Empty;
        var tf = new Dictionary<int, int>();
        foreach (var t in tokens)
            if (_termIds.TryGetValue(t, out var id)) tf[id] = tf.GetValueOrDefault(id) + 1;
        var terms = tf.Keys.Order().ToArray();
        var weights = terms.Select(id => (float)((1 + Math.Log(tf[id])) * (Math.Log((1.0 + _documents) / (1.0 + _documentFrequency[id])) + 1))).ToArray();
        var norm = Math.Sqrt(weights.Sum(w => (double)w * w));
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)(weights[i] / norm);
        return new SparseVector(terms, weights);
    }

    private static List<string> BrandNames(List<ProductRecord> records, List<ProductText> texts)
    {
        var names = records.Select(r => r.Brand?.Trim()).Where(b => b is { Length: >= 2 }).Select(b => b!.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        if (names.Count >= 20) return names;
        return [.. texts.Where(t => t.TitleTokens.Count > 0).GroupBy(t => t.TitleTokens[0]).Where(g => g.Count() >= 3 && g.Key.Length >= 2 && g.Key.Any(char.IsLetter))
            .Select(g => g.Key).Concat(names).Distinct(StringComparer.Ordinal)];
    }
}
