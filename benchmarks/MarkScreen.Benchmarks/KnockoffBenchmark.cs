using System.Diagnostics;
using MarkScreen.Knockoffs.Evaluation;
using MarkScreen.Knockoffs.Features;
using MarkScreen.Knockoffs.Model;
using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Benchmarks;

/// <summary>
/// The knock-off finder on the four entity-matching benchmarks: F1 on each test split (the literature's protocol)
/// and speed. Speed is given three ways on the Walmart-Amazon test pairs: features alone, features plus one model call
/// per pair (what `find` does), and features plus one batched model pass, so the ratio shows where the time goes.
/// </summary>
internal static class KnockoffBenchmark
{
    public static int Run(string[] args)
    {
        var shared = Path.GetFullPath(BenchmarkData.Arg(args, "--shared") ?? "../shared");
        var root = Path.Combine(shared, "data-candidates", "product-listings", "em-benchmarks");
        Console.WriteLine("benchmark        train pairs  train s  test P   test R   test F1  sampled F1  pairs/s  blocking recall@10");
        foreach (var name in new[] { "abt_buy", "amazon_google", "walmart_amazon", "wdc_computers" })
        {
            var r = EmBenchmark.Run(Path.Combine(root, name));
            Console.WriteLine($"{name,-16} {r.TrainPairs,11:N0}  {r.TrainSeconds,7:N1}  {r.Test.Precision,6:P1}  {r.Test.Recall,6:P1}  {r.Test.F1 * 100,7:0.0}  {(r.PeetersSample is { } p ? (p.F1 * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : ""),10}  {r.PairsPerSecond,7:N0}  {r.BlockingRecall,8:P1}");
        }

        var dir = Path.Combine(root, "walmart_amazon");
        var corpus = new ProductCorpus(ProductTable.Read(Path.Combine(dir, "tableA.csv")), ProductTable.Read(Path.Combine(dir, "tableB.csv")));
        var pairs = EmBenchmark.Pairs(Path.Combine(dir, "test.csv"))
            .Select(p => corpus.TryLeft(p.Left, out var l) && corpus.TryRight(p.Right, out var r) ? (corpus.Left[l], corpus.Right[r]) : throw new InvalidDataException($"test pair names a missing product: {p}"))
            .ToList();
        using var model = KnockoffFinder.DefaultModel();
        double Rate(Action work)
        {
            work();
            var sw = Stopwatch.StartNew();
            var n = 0;
            while (sw.Elapsed.TotalSeconds < 3) { work(); n += pairs.Count; }
            return n / sw.Elapsed.TotalSeconds;
        }
        var featuresOnly = Rate(() => { foreach (var (a, b) in pairs) PairFeatures.Compute(a, b, corpus); });
        var perPair = Rate(() => { foreach (var (a, b) in pairs) model.Probability(PairFeatures.Compute(a, b, corpus)); });
        var batched = Rate(() => model.Probabilities([.. pairs.Select(p => PairFeatures.Compute(p.Item1, p.Item2, corpus))]));
        Console.WriteLine($"one thread, {pairs.Count:N0} Walmart-Amazon test pairs: features alone {featuresOnly:N0} pairs/s; features + model per pair {perPair:N0} pairs/s; features + one batched model pass {batched:N0} pairs/s");
        Console.WriteLine("anchors (from the issue): LLM matchers 0.25 to 140 pairs/s; target >= 10,000 pairs/s");
        return 0;
    }
}
