using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MarkScreen.Knockoffs.Blocking;
using MarkScreen.Knockoffs.Features;
using MarkScreen.Knockoffs.Model;
using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Knockoffs.Evaluation;

/// <summary>A labelled pair of a benchmark split: left and right table ids.</summary>
public readonly record struct IdPair(string Left, string Right, bool Label);

/// <summary>What one benchmark run measured.</summary>
public sealed record EmResult(string Name, int TrainPairs, int TestPairs, double TrainSeconds, double Threshold, PairMetrics Test,
    PairMetrics? PeetersSample, double PairsPerSecond, double BlockingRecall, int BlockingK, long CandidatePairs, long AllPairs);

/// <summary>
/// One entity-matching benchmark folder (tableA.csv, tableB.csv, train/valid/test.csv with ltable_id,rtable_id,label,
/// and optionally peeters_sampled_test.csv), run the way the literature does: train on train, choose the threshold on
/// valid, report pairwise precision, recall and F1 on test. Also measures scoring speed (features + model, pairs per
/// second on one thread) and blocking: the share of the test split's matching pairs whose left product is among the
/// top k candidates of the right one, and how many pairs that leaves to score.
/// </summary>
public static class EmBenchmark
{
    /// <param name="randomNonMatches">Add random pairs of the tables as non-matches (half as many as the train split), as
    /// the shipped model is trained; off by default, which is the literature's protocol.</param>
    public static EmResult Run(string dir, int blockingK = 10, int seed = 7, int? maxTrainPairs = null, bool randomNonMatches = false)
    {
        var corpus = new ProductCorpus(ProductTable.Read(Path.Combine(dir, "tableA.csv")), ProductTable.Read(Path.Combine(dir, "tableB.csv")));
        bool Known(IdPair p) => corpus.TryLeft(p.Left, out _) && corpus.TryRight(p.Right, out _);
        List<LabelledPair> Load(string file, int? max = null)
        {
            var pairs = Pairs(Path.Combine(dir, file)).Where(Known);
            return Labelled(corpus, max is { } m ? pairs.Take(m) : pairs, out _);
        }

        var train = Load("train.csv", maxTrainPairs);
        if (randomNonMatches) train.AddRange(RandomNonMatches(corpus, Pairs(Path.Combine(dir, "train.csv")), train.Count / 2, seed));
        var valid = File.Exists(Path.Combine(dir, "valid.csv")) ? Load("valid.csv") : [];
        var watch = Stopwatch.StartNew();
        using var model = KnockoffModel.Train(train, valid, seed);
        var trainSeconds = watch.Elapsed.TotalSeconds;

        var testIds = Pairs(Path.Combine(dir, "test.csv")).Where(Known).ToList();
        watch.Restart();
        var scores = testIds.Select(p => model.Probability(Features(corpus, p))).ToList();
        var pairsPerSecond = testIds.Count / watch.Elapsed.TotalSeconds;
        var test = PairMetrics.From(scores.Select(s => model.IsMatch(s)).ToList(), testIds.Select(p => p.Label).ToList());

        PairMetrics? peeters = null;
        if (File.Exists(Path.Combine(dir, "peeters_sampled_test.csv")))
        {
            var sample = Load("peeters_sampled_test.csv");
            var sampleScores = model.Probabilities(sample.Select(s => s.Features).ToList());
            peeters = PairMetrics.From(sampleScores.Select(s => model.IsMatch(s)).ToList(), sample.Select(s => s.Label).ToList());
        }

        var blocker = new Blocker(corpus.Left);
        var positives = testIds.Where(p => p.Label).ToList();
        var found = positives.Count(p => corpus.TryLeft(p.Left, out var l) && corpus.TryRight(p.Right, out var r) && blocker.TopK(corpus.Right[r], blockingK).Any(c => c.Entry == l));
        return new EmResult(Path.GetFileName(dir.TrimEnd('/')), train.Count, testIds.Count, trainSeconds, model.Threshold, test, peeters, pairsPerSecond,
            positives.Count == 0 ? 0 : (double)found / positives.Count, blockingK, (long)blockingK * corpus.Right.Count, (long)corpus.Left.Count * corpus.Right.Count);
    }

    /// <summary>Features for labelled id pairs over a corpus; pairs naming an id missing from a table are counted, not used.</summary>
    public static List<LabelledPair> Labelled(ProductCorpus corpus, IEnumerable<IdPair> pairs, out int missing)
    {
        var result = new List<LabelledPair>();
        missing = 0;
        foreach (var p in pairs)
        {
            if (!corpus.TryLeft(p.Left, out _) || !corpus.TryRight(p.Right, out _))
            {
                missing++;
                continue;
            }
            result.Add(new LabelledPair(Features(corpus, p), p.Label));
        }
        return result;
    }

    /// <summary>The pair features of two products named by id (both must be in the corpus).</summary>
    public static float[] Features(ProductCorpus corpus, IdPair pair)
    {
        if (!corpus.TryLeft(pair.Left, out var l) || !corpus.TryRight(pair.Right, out var r))
            throw new ArgumentException($"pair ({pair.Left}, {pair.Right}) names a product the tables lack", nameof(pair));
        return PairFeatures.Compute(corpus.Left[l], corpus.Right[r], corpus);
    }

    /// <summary>
    /// Random pairs of the two tables, labelled as non-matches, leaving out the known matches. The benchmarks' pairs
    /// come out of blocking, so their non-matches are all look-alikes; a model trained on them alone has never seen a
    /// plainly different product and scores one at a coin toss, which is what finding copies in a catalogue meets
    /// most. (Random pairs are almost never the same product: one in about |left| for a one-to-one benchmark.)
    /// </summary>
    public static List<LabelledPair> RandomNonMatches(ProductCorpus corpus, IEnumerable<IdPair> known, int count, int seed = 7)
    {
        var matches = known.Where(p => p.Label).Select(p => (p.Left, p.Right)).ToHashSet();
        var random = new Random(seed);
        var result = new List<LabelledPair>(count);
        for (var tries = 0; result.Count < count && tries < count * 3; tries++)
        {
            var l = corpus.Left[random.Next(corpus.Left.Count)];
            var r = corpus.Right[random.Next(corpus.Right.Count)];
            if (matches.Contains((l.Record.Id, r.Record.Id))) continue;
            result.Add(new LabelledPair(PairFeatures.Compute(l, r, corpus), false));
        }
        return result;
    }

    public static List<IdPair> Pairs(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        var pairs = new List<IdPair>();
        while (csv.Read())
            pairs.Add(new IdPair(csv.GetField("ltable_id")!.Trim(), csv.GetField("rtable_id")!.Trim(), csv.GetField("label")!.Trim() == "1"));
        return pairs;
    }
}
