using MarkScreen.Knockoffs.Evaluation;
using MarkScreen.Knockoffs.Features;
using MarkScreen.Knockoffs.Model;
using MarkScreen.Knockoffs.NearDuplicates;
using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Tests.Knockoffs;

public class KnockoffModelTests
{
    private static string Benchmark(string name) => TestData.Shared("product-listings", "em-benchmarks", name);

    [Fact]
    public void On_abt_buy_the_matcher_trained_on_the_train_split_reaches_the_ditto_range_on_test()
    {
        var result = EmBenchmark.Run(Benchmark("abt_buy"));
        Assert.True(result.Test.F1 >= 0.86, $"test F1 {result.Test.F1:P1}");
        Assert.True(result.PeetersSample!.Value.F1 >= 0.86, $"sampled test F1 {result.PeetersSample.Value.F1:P1}");
        Assert.True(result.BlockingRecall >= 0.95, $"blocking recall {result.BlockingRecall:P1}");
        Assert.True(result.CandidatePairs * 50 < result.AllPairs);
        Assert.Equal(1916, result.TestPairs);
    }

    [Fact]
    public void Identical_products_agree_on_code_and_brand_and_different_ones_conflict()
    {
        var corpus = new ProductCorpus(
            [new ProductRecord("a", "sony compact disc player/recorder rcdw500c", Brand: "Sony"), new ProductRecord("b", "denon semi-automatic turntable dp29f", Brand: "Denon")],
            [new ProductRecord("x", "Sony RCD-W500C CD recorder", Brand: "sony")]);
        var same = PairFeatures.Compute(corpus.Left[0], corpus.Right[0], corpus);
        var other = PairFeatures.Compute(corpus.Left[1], corpus.Right[0], corpus);
        int F(string name) => Array.IndexOf(PairFeatures.Names, name);
        Assert.Equal(1, same[F("model_code_equal")]);
        Assert.Equal(1, same[F("brand_agreement")]);
        Assert.Equal(1, other[F("model_code_conflict")]);
        Assert.Equal(-1, other[F("brand_agreement")]);
        Assert.Contains(PairFeatures.Explain(corpus.Left[0], corpus.Right[0], same), e => e.Contains("rcdw500c", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_threshold_and_probabilities_and_a_foreign_zip_is_refused()
    {
        var dir = Benchmark("abt_buy");
        var corpus = new ProductCorpus(ProductTable.Read(Path.Combine(dir, "tableA.csv")), ProductTable.Read(Path.Combine(dir, "tableB.csv")));
        var train = EmBenchmark.Labelled(corpus, EmBenchmark.Pairs(Path.Combine(dir, "train.csv")).Take(2000), out _);
        using var temp = new TempDir();
        var path = temp.File("model.zip");
        using var model = KnockoffModel.Train(train, train[..500]);
        model.Save(path);
        using var loaded = KnockoffModel.Load(path);
        Assert.Equal(model.Threshold, loaded.Threshold);
        foreach (var pair in train.Take(50)) Assert.Equal(model.Probability(pair.Features), loaded.Probability(pair.Features), 5);
        var foreign = temp.File("other.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(foreign, System.IO.Compression.ZipArchiveMode.Create)) zip.CreateEntry("x.txt");
        var error = Assert.Throws<InvalidDataException>(() => KnockoffModel.Load(foreign));
        Assert.Contains("not a MarkScreen knock-off model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_finds_the_real_abt_products_listed_on_buy_with_the_model_number_as_evidence()
    {
        var dir = Benchmark("abt_buy");
        var catalogue = ProductTable.Read(Path.Combine(dir, "tableA.csv")).Take(60).ToList();
        var listings = ProductTable.Read(Path.Combine(dir, "tableB.csv"));
        using var model = KnockoffFinder.DefaultModel();
        var matches = KnockoffFinder.Find(catalogue, listings, model);
        var truth = EmBenchmark.Pairs(Path.Combine(dir, "test.csv")).Concat(EmBenchmark.Pairs(Path.Combine(dir, "train.csv")))
            .Where(p => p.Label).Select(p => (p.Left, p.Right)).ToHashSet();
        var known = matches.Where(m => truth.Contains((m.Product.Id, m.Listing.Id)) || !truth.Any(t => t.Left == m.Product.Id)).ToList();
        Assert.True(matches.Count >= 20, $"{matches.Count} matches");
        Assert.True((double)known.Count / matches.Count >= 0.8, $"{known.Count} of {matches.Count} agree with the labels");
        Assert.Contains(matches, m => m.Evidence.Any(e => e.StartsWith("model number", StringComparison.Ordinal)));
    }

    [Fact]
    public void Near_duplicate_listings_across_sellers_are_grouped_and_different_ones_are_not()
    {
        var titles = ListingTitles().Take(200).ToList();
        var listings = titles.Select((t, i) => new ProductRecord($"L{i}", t, Seller: $"seller{i % 7}")).ToList();
        // Three clones of listing 5 by other sellers, with a word changed or added, as clone shops do.
        listings.Add(new ProductRecord("C1", titles[5], Seller: "CloneShop"));
        listings.Add(new ProductRecord("C2", titles[5] + " New", Seller: "Best Deals"));
        listings.Add(new ProductRecord("C3", titles[5].Replace("(", "( Hot ", StringComparison.Ordinal), Seller: "Mega Store"));
        var clusters = MinHashClusters.Find(listings, threshold: 0.6);
        var clone = Assert.Single(clusters, c => c.Listings.Any(l => l.Id == "L5"));
        Assert.Contains(clone.Listings, l => l.Id == "C1");
        Assert.Contains(clone.Listings, l => l.Id == "C2");
        Assert.All(clusters, c => Assert.True(c.MinSimilarity >= 0.6));
    }

    private static IEnumerable<string> ListingTitles() =>
        File.ReadLines(TestData.Shared("product-listings", "snapdeal-100", "snapdeal_raw_data.csv")).Skip(1)
            .Select(l => l.StartsWith('"') ? l[1..l.IndexOf('"', 1)] : l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct();
}
