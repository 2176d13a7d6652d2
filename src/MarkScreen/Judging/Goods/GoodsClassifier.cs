using System.Collections.Frozen;

namespace MarkScreen.Judging.Goods;

/// <summary>A probable Nice class for a listing, how sure, and the words and classification term behind it.</summary>
public sealed record ClassGuess(int Class, double Confidence, string Because, NiceTerm? Term);

/// <summary>
/// Guesses a listing's Nice classes from its title (and category path, when there is one). Every word and adjacent
/// word pair of the classification's terms votes for the classes it appears in, in proportion to how often it appears
/// there relative to the class's size (so class 9's thousands of terms do not drown the rest), and weighted by how
/// specific the word is (entropy over classes: "case" spreads over many classes, "kurti" over one). In a title the
/// words naming the product weigh most: those before "for"/"with"/"compatible" ("Case for iPhone" is a case), the last
/// ones of that part most of all ("Women's Cycling Shorts"). Confidence is a class's share of all the votes.
/// Words voting come only from the classification and the marketplace vocabulary, never from the listings it is
/// evaluated on (see GoodsLabels for how the labelled sets were made).
/// </summary>
public sealed partial class GoodsClassifier
{
    private readonly FrozenDictionary<string, Feature> _features;
    private readonly FrozenDictionary<string, Feature>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private sealed record Feature(string Key, float Specificity, bool Context, (byte Class, float Share, NiceTerm Example)[] Classes);

    private static readonly Lazy<GoodsClassifier> s_default = new(() => new GoodsClassifier(NiceCatalogue.Default.Terms));

    /// <summary>The classifier over everything shipped: NCL 13 notes, NCL 10 terms, the marketplace vocabulary.</summary>
    public static GoodsClassifier Default => s_default.Value;

    private static readonly FrozenSet<string> s_stop = FrozenSet.Create(StringComparer.Ordinal,
        "for", "of", "and", "or", "the", "a", "an", "in", "on", "with", "to", "by", "from", "as", "at", "its", "being",
        "use", "used", "other", "not", "than", "made", "purpose", "including", "included", "class", "e", "g", "eg",
        "new", "set", "pack", "piece", "pc", "pcs", "combo", "size", "color", "colour", "multicolor", "black", "white", "red",
        "blue", "green", "pink", "grey", "gray", "yellow", "brown", "free", "best", "quality", "premium", "high", "cm", "inch", "mm",
        "l", "ml", "kg", "g", "x", "s", "m", "xl", "xxl", "men", "women", "boy", "girl", "kid", "baby", "unisex");

    public GoodsClassifier(IEnumerable<NiceTerm> terms, double marketplaceWeight = 4.0)
    {
        var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var examples = new Dictionary<(string, int), NiceTerm>();
        var context = new HashSet<string>(StringComparer.Ordinal);
        var classTotals = new double[46];
        foreach (var term in terms)
        {
            var weight = term.Source == "marketplace" ? marketplaceWeight : 1.0;
            var words = GoodsWords.Split(term.Text);
            if (term.Context) context.Add(string.Join(' ', words.Select(w => w.Stem)));
            var bracket = term.Text.IndexOf('[', StringComparison.Ordinal);
            string? previous = null;
            foreach (var w in words)
            {
                var inBracket = bracket >= 0 && w.Start > bracket;
                var wt = inBracket ? weight / 2 : weight;
                if (!s_stop.Contains(w.Stem) && w.Stem.Length > 1) Add(w.Stem, wt);
                if (previous is not null && !inBracket) Add(previous + " " + w.Stem, wt);
                previous = s_stop.Contains(w.Stem) ? null : w.Stem;
            }

            void Add(string feature, double wt)
            {
                if (!counts.TryGetValue(feature, out var row)) counts[feature] = row = new double[46];
                row[term.Class] += wt;
                classTotals[term.Class] += wt;
                // The shortest term shows best why a word means a class ("cases for smartphones", not a long list).
                if (!examples.TryGetValue((feature, term.Class), out var ex) || term.Text.Length < ex.Text.Length) examples[(feature, term.Class)] = term;
            }
        }

        var features = new Dictionary<string, Feature>(counts.Count, StringComparer.Ordinal);
        var mean = classTotals.Skip(1).Average();
        foreach (var (feature, row) in counts)
        {
            var shares = new double[46];
            double sum = 0;
            for (var c = 1; c <= 45; c++)
            {
                if (row[c] == 0) continue;
                shares[c] = row[c] / Math.Max(classTotals[c], mean / 4); // a tiny class must not make every word decisive
                sum += shares[c];
            }
            double entropy = 0;
            for (var c = 1; c <= 45; c++)
            {
                if (shares[c] == 0) continue;
                shares[c] /= sum;
                entropy -= shares[c] * Math.Log(shares[c]);
            }
            var specificity = 1 - entropy / Math.Log(45);
            // A word seen in one or two terms ("lazy susans") is less telling than its entropy suggests.
            var total = row.Sum();
            specificity *= total / (total + 2);
            var top = Enumerable.Range(1, 45).Where(c => shares[c] >= 0.03).OrderByDescending(c => shares[c]).Take(6)
                .Select(c => ((byte)c, (float)shares[c], examples[(feature, c)])).ToArray();
            features[feature] = new Feature(feature, (float)(specificity * specificity), context.Contains(feature), top);
        }
        _features = features.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _features.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most probable classes, best first, with confidences summing to at most 1.</summary>
    /// <remarks>Listings sell goods, so only the goods classes 1-34 are guessed.</remarks>
    public IReadOnlyList<ClassGuess> Classify(string title, string? category = null, int top = 3)
    {
        var votes = new double[46];
        var best = new (double Vote, string Feature)[46];
        Array.Fill(best, (0, ""));
        Vote(title, 1.0, votes, best);
        if (!string.IsNullOrWhiteSpace(category)) Vote(category.Replace('>', ','), 1.5, votes, best);
        for (var c = 35; c <= 45; c++) votes[c] = 0;
        var total = votes.Sum();
        if (total <= 0) return [];
        return [.. Enumerable.Range(1, 34).Where(c => votes[c] > 0).OrderByDescending(c => votes[c]).Take(top)
            .Select(c => new ClassGuess(c, Math.Round(votes[c] / total, 3), best[c].Feature, Example(best[c].Feature, c)))];
    }

    /// <summary>How strongly a phrase (stemmed, e.g. "case") means goods of class <paramref name="cls"/>: its share times its
    /// specificity. Context words (iPhone, Galaxy) tell the goods but are nobody's generic name for them: 0.</summary>
    public double ClassShare(string stemmedPhrase, int cls) =>
        _features.TryGetValue(stemmedPhrase, out var f) && !f.Context ? f.Classes.Where(x => x.Class == cls).Select(x => x.Share).FirstOrDefault() * Math.Sqrt(f.Specificity) : 0;

    private NiceTerm? Example(string feature, int cls) =>
        _features.TryGetValue(feature, out var f) ? f.Classes.FirstOrDefault(x => x.Class == cls).Example : null;

    private void Vote(string text, double scale, double[] votes, (double, string)[] best)
    {
        var words = GoodsWords.Split(text);
        // The product part: up to the first cue word ("Case for iPhone"), or a comma after some words.
        var main = words.Count;
        for (var i = 1; i < words.Count; i++)
            if (GoodsWords.IsCue(words[i].Stem)) { main = i; break; }
        var firstComma = text.IndexOf(',', StringComparison.Ordinal);
        if (firstComma > 0)
        {
            var beforeComma = words.FindIndex(w => w.Start > firstComma);
            if (beforeComma >= 3 && beforeComma < main) main = beforeComma;
        }
        // "1:64", "1/43": a scale ratio makes whatever follows a model.
        if (ScaleRatio().Match(text) is { Success: true } ratio)
        {
            votes[28] += 2.2 * scale;
            if (2.2 * scale > best[28].Item1) best[28] = (2.2 * scale, ratio.Value + " scale");
        }
        Span<char> pair = stackalloc char[130];
        for (var i = 0; i < words.Count; i++)
        {
            var weight = scale * (i >= main ? 0.3 : i >= main - 2 ? 2.2 : 0.7);
            Cast(words[i].Stem, weight);
            if (i > 0 && i != main && words[i - 1].Stem.Length + words[i].Stem.Length < 128)
            {
                var a = words[i - 1].Stem;
                var b = words[i].Stem;
                a.CopyTo(pair);
                pair[a.Length] = ' ';
                b.CopyTo(pair[(a.Length + 1)..]);
                Cast(pair[..(a.Length + 1 + b.Length)], weight * 2);
            }
        }

        void Cast(ReadOnlySpan<char> feature, double weight)
        {
            if (!_lookup.TryGetValue(feature, out var f)) return;
            if (f.Context) weight = Math.Max(weight, 2.2 * scale);
            foreach (var (cls, share, _) in f.Classes)
            {
                var v = weight * f.Specificity * share;
                votes[cls] += v;
                if (v > best[cls].Item1) best[cls] = (v, f.Key);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b1\s?[:/]\s?(12|18|24|32|35|36|43|48|50|64|72|76|87|100|144|160)\b")]
    private static partial System.Text.RegularExpressions.Regex ScaleRatio();
}
