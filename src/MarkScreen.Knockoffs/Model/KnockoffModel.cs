using System.IO.Compression;
using System.Text.Json;
using MarkScreen.Knockoffs.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace MarkScreen.Knockoffs.Model;

/// <summary>A labelled product pair as the model sees it.</summary>
public readonly record struct LabelledPair(float[] Features, bool Label);

/// <summary>
/// Decides whether two products are the same: gradient-boosted trees (ML.NET FastTree) over <see cref="PairFeatures"/>,
/// with Platt-calibrated probabilities, and a decision threshold chosen on a validation split to maximise F1 (the
/// benchmarks' measure). Trains in seconds on a CPU; saved as one zip holding the ML.NET model and its threshold and
/// feature version. Scoring is thread-safe (one prediction engine per thread).
/// </summary>
public sealed class KnockoffModel : IDisposable
{
    public const int FeatureCount = 21;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<Row, Prediction>> _engines;

    public double Threshold { get; }

    private KnockoffModel(MLContext ml, ITransformer model, double threshold)
    {
        if (PairFeatures.Count != FeatureCount) throw new InvalidOperationException("PairFeatures and KnockoffModel disagree on the feature count");
        _ml = ml;
        _model = model;
        Threshold = threshold;
        _engines = new ThreadLocal<PredictionEngine<Row, Prediction>>(() => _ml.Model.CreatePredictionEngine<Row, Prediction>(_model), trackAllValues: true);
    }

    public static KnockoffModel Train(IReadOnlyList<LabelledPair> train, IReadOnlyList<LabelledPair>? valid = null, int seed = 7)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(train.Select(p => new Row { Features = p.Features, Label = p.Label }));
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 300,
            NumberOfLeaves = 24,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.08,
            FeatureFraction = 0.9,
        });
        var model = trainer.Fit(data);
        var untuned = new KnockoffModel(ml, model, 0.5);
        if (valid is null || valid.Count == 0 || !valid.Any(v => v.Label)) return untuned;
        var scores = untuned.Probabilities(valid.Select(v => v.Features).ToList());
        var threshold = BestThreshold(scores, valid.Select(v => v.Label).ToList());
        untuned.Dispose();
        return new KnockoffModel(ml, model, threshold);
    }

    /// <summary>The probability that the pair is the same product.</summary>
    public float Probability(float[] features) => _engines.Value!.Predict(new Row { Features = features }).Probability;

    /// <summary>Probabilities for many pairs at once (one pass through the ML.NET pipeline).</summary>
    public float[] Probabilities(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0) return [];
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(features.Select(f => new Row { Features = f })));
        return [.. scored.GetColumn<float>("Probability")];
    }

    public bool IsMatch(float probability) => probability >= Threshold;

    /// <summary>The threshold (in 0.05..0.95) with the best F1 on the given scores; ties go to the higher threshold.</summary>
    public static double BestThreshold(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        double best = 0.5, bestF1 = -1;
        for (var t = 0.05; t <= 0.951; t += 0.01)
        {
            var m = PairMetrics.From(scores.Select(s => s >= t).ToList(), labels);
            if (m.F1 >= bestF1) (bestF1, best) = (m.F1, Math.Round(t, 2));
        }
        return best;
    }

    public void Save(string path)
    {
        var temp = path + ".tmp";
        using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            using (var stream = zip.CreateEntry("mlnet-model.zip").Open())
                _ml.Model.Save(_model, null, stream);
            using (var stream = zip.CreateEntry("markscreen.json").Open())
                JsonSerializer.Serialize(stream, new Meta(PairFeatures.Version, Threshold, PairFeatures.Names));
        }
        File.Move(temp, path, overwrite: true);
    }

    public static KnockoffModel Load(string path) => Load(File.OpenRead(path), path);

    public static KnockoffModel Load(Stream stream, string name)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        Meta meta;
        using (var s = (zip.GetEntry("markscreen.json") ?? throw new InvalidDataException($"{name}: not a MarkScreen knock-off model")).Open())
            meta = JsonSerializer.Deserialize<Meta>(s) ?? throw new InvalidDataException($"{name}: empty model metadata");
        if (meta.FeatureVersion != PairFeatures.Version)
            throw new InvalidDataException($"{name}: made with feature version {meta.FeatureVersion}, this MarkScreen computes version {PairFeatures.Version}; train it again");
        var ml = new MLContext(7);
        using var copy = new MemoryStream();
        using (var s = zip.GetEntry("mlnet-model.zip")!.Open()) s.CopyTo(copy);
        copy.Position = 0;
        return new KnockoffModel(ml, ml.Model.Load(copy, out _), meta.Threshold);
    }

    public void Dispose()
    {
        foreach (var e in _engines.Values) e.Dispose();
        _engines.Dispose();
    }

    private sealed record Meta(int FeatureVersion, double Threshold, string[] Features);

    private sealed class Row
    {
        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public bool PredictedLabel { get; set; }
        public float Probability { get; set; }
        public float Score { get; set; }
    }
}

/// <summary>Pairwise precision, recall and F1, the entity-matching benchmarks' measures.</summary>
public readonly record struct PairMetrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairMetrics From(IReadOnlyList<bool> predicted, IReadOnlyList<bool> labels)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            if (predicted[i] && labels[i]) tp++;
            else if (predicted[i]) fp++;
            else if (labels[i]) fn++;
            else tn++;
        }
        return new PairMetrics(tp, fp, fn, tn);
    }
}
