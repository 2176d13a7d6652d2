using MarkScreen.Knockoffs.Features;

namespace MarkScreen.Knockoffs.Blocking;

/// <summary>
/// Candidate generation: for a query product, the k catalogue products most likely to be the same, so the model
/// scores k pairs instead of every pair. Score = TF-IDF cosine over the full text (an inverted index over the
/// catalogue: only products sharing a word are touched) plus one for each shared model code (a code index), so a
/// listing that copies a model number finds its product even when the rest of the title was rewritten.
/// </summary>
public sealed class Blocker
{
    private readonly IReadOnlyList<ProductEntry> _catalogue;
    private readonly Dictionary<int, List<(int Entry, float Weight)>> _postings = [];
    private readonly Dictionary<string, List<int>> _codes = new(StringComparer.Ordinal);

    public Blocker(IReadOnlyList<ProductEntry> catalogue)
    {
        _catalogue = catalogue;
        for (var e = 0; e < catalogue.Count; e++)
        {
            var v = catalogue[e].FullVector;
            for (var i = 0; i < v.Terms.Length; i++)
            {
                if (!_postings.TryGetValue(v.Terms[i], out var list)) _postings[v.Terms[i]] = list = [];
                list.Add((e, v.Weights[i]));
            }
            foreach (var code in catalogue[e].Text.Codes)
            {
                if (!_codes.TryGetValue(code, out var list)) _codes[code] = list = [];
                list.Add(e);
            }
        }
    }

    /// <summary>Indices into the catalogue of the top <paramref name="k"/> candidates for <paramref name="query"/>, best first.</summary>
    public List<(int Entry, double Score)> TopK(ProductEntry query, int k)
    {
        var scores = new Dictionary<int, double>();
        var v = query.FullVector;
        for (var i = 0; i < v.Terms.Length; i++)
        {
            if (!_postings.TryGetValue(v.Terms[i], out var list)) continue;
            // Words on a large share of the catalogue say little and cost much: skip them.
            if (list.Count > Math.Max(200, _catalogue.Count / 5)) continue;
            foreach (var (entry, weight) in list) scores[entry] = scores.GetValueOrDefault(entry) + weight * v.Weights[i];
        }
        foreach (var code in query.Text.Codes)
            if (_codes.TryGetValue(code, out var list) && list.Count <= 50)
                foreach (var entry in list) scores[entry] = scores.GetValueOrDefault(entry) + 1;
        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(k).Select(p => (p.Key, p.Value))];
    }
}
