using MarkScreen.Knockoffs.Blocking;
using MarkScreen.Knockoffs.Features;
using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Knockoffs.Model;

/// <summary>A listing that describes a catalogue product: how likely, and the evidence.</summary>
public sealed record ProductMatch(ProductRecord Listing, ProductRecord Product, float Probability, IReadOnlyList<string> Evidence);

/// <summary>
/// Given a brand's catalogue of genuine products and marketplace listings: for each listing, the top k catalogue
/// candidates by blocking, each scored by the model; pairs at or above the model's threshold are likely copies.
/// </summary>
public static class KnockoffFinder
{
    public static List<ProductMatch> Find(IReadOnlyList<ProductRecord> catalogue, IReadOnlyList<ProductRecord> listings, KnockoffModel model, int topK = 5, float? minProbability = null)
    {
        var corpus = new ProductCorpus(catalogue, listings);
        var blocker = new Blocker(corpus.Left);
        var threshold = minProbability ?? (float)model.Threshold;
        var found = new List<ProductMatch>[corpus.Right.Count];
        Parallel.For(0, corpus.Right.Count, i =>
        {
            var listing = corpus.Right[i];
            found[i] = [];
            foreach (var (entry, _) in blocker.TopK(listing, topK))
            {
                var product = corpus.Left[entry];
                var features = PairFeatures.Compute(product, listing, corpus);
                var p = model.Probability(features);
                if (p >= threshold) found[i].Add(new ProductMatch(listing.Record, product.Record, p, PairFeatures.Explain(product, listing, features)));
            }
        });
        return [.. found.SelectMany(f => f).OrderByDescending(m => m.Probability)];
    }

    /// <summary>The model that ships with MarkScreen: trained on the Walmart-Amazon benchmark's train split (CC BY 4.0), threshold tuned on its valid split.</summary>
    public static KnockoffModel DefaultModel()
    {
        var stream = typeof(KnockoffFinder).Assembly.GetManifestResourceStream("MarkScreen.Knockoffs.default-model.zip")
            ?? throw new InvalidOperationException("the default knock-off model is missing from the assembly");
        return KnockoffModel.Load(stream, "default-model.zip");
    }
}
