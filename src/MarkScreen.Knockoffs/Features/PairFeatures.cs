using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Knockoffs.Features;

/// <summary>
/// The evidence two product records are the same product, as numbers a learned model weighs: the comparisons a careful
/// person makes. Names in <see cref="Names"/>; the order is the model's input and is versioned with it.
/// </summary>
public static class PairFeatures
{
    public const int Version = 1;

    public static readonly string[] Names =
    [
        "title_jaccard", "title_tfidf_cosine", "full_tfidf_cosine", "title_trigram_jaccard", "model_code_equal",
        "model_code_conflict", "model_code_similarity", "model_code_in_other_text", "brand_agreement", "quantities_equal",
        "quantities_conflict", "numbers_jaccard", "price_ratio", "title_length_ratio", "idf_weighted_overlap",
        "first_token_equal", "title_containment", "rare_token_shared", "edition_conflict", "numbers_disjoint",
        "unshared_idf_max",
    ];

    /// <summary>Words that tell editions and variants of one product apart ("Office 2007 Standard" vs "… Professional Upgrade").</summary>
    private static readonly HashSet<string> s_editions = new(StringComparer.Ordinal)
    {
        "pro", "professional", "standard", "std", "home", "premium", "ultimate", "enterprise", "business", "upgrade", "upg",
        "academic", "student", "edu", "education", "oem", "retail", "mac", "win", "windows", "linux", "deluxe", "basic", "plus",
        "lite", "full", "trial", "server", "workstation", "user", "users", "license", "licence", "pack", "bundle", "kit",
        "refurbished", "renewed", "used", "case", "cover", "charger", "adapter", "cable", "replacement", "battery", "mount",
    };

    public static int Count => Names.Length;

    public static float[] Compute(ProductEntry a, ProductEntry b, ProductCorpus corpus)
    {
        var f = new float[Count];
        var ta = a.Text;
        var tb = b.Text;
        f[0] = (float)Jaccard(ta.TitleSet, tb.TitleSet);
        f[1] = (float)a.TitleVector.Cosine(b.TitleVector);
        f[2] = (float)a.FullVector.Cosine(b.FullVector);
        f[3] = (float)Jaccard(ta.TitleTrigrams, tb.TitleTrigrams);
        var codeEqual = ta.Codes.Overlaps(tb.Codes);
        f[4] = codeEqual ? 1 : 0;
        f[5] = !codeEqual && ta.Codes.Count > 0 && tb.Codes.Count > 0 ? 1 : 0;
        f[6] = (float)BestCodeSimilarity(ta.Codes, tb.Codes);
        f[7] = ta.Codes.Any(c => c.Length >= 5 && tb.Squashed.Contains(c, StringComparison.Ordinal)) || tb.Codes.Any(c => c.Length >= 5 && ta.Squashed.Contains(c, StringComparison.Ordinal)) ? 1 : 0;
        f[8] = a.Brands.Count == 0 || b.Brands.Count == 0 ? 0 : a.Brands.Overlaps(b.Brands) ? 1 : -1;
        var (equal, conflict) = CompareQuantities(ta.Quantities, tb.Quantities);
        f[9] = equal;
        f[10] = conflict;
        f[11] = ta.Numbers.Count + tb.Numbers.Count == 0 ? -1 : (float)Jaccard(ta.Numbers, tb.Numbers);
        f[12] = a.Record.Price is > 0 && b.Record.Price is > 0 ? (float)(Math.Min(a.Record.Price.Value, b.Record.Price.Value) / Math.Max(a.Record.Price.Value, b.Record.Price.Value)) : -1;
        f[13] = ta.TitleTokens.Count + tb.TitleTokens.Count == 0 ? 0 : (float)Math.Min(ta.TitleTokens.Count, tb.TitleTokens.Count) / Math.Max(1, Math.Max(ta.TitleTokens.Count, tb.TitleTokens.Count));
        double shared = 0, union = 0;
        foreach (var t in ta.TokenSet.Union(tb.TokenSet))
        {
            var idf = corpus.Idf(t);
            union += idf;
            if (ta.TokenSet.Contains(t) && tb.TokenSet.Contains(t)) shared += idf;
        }
        f[14] = union == 0 ? 0 : (float)(shared / union);
        f[15] = ta.TitleTokens.Count > 0 && tb.TitleTokens.Count > 0 && ta.TitleTokens[0] == tb.TitleTokens[0] ? 1 : 0;
        f[16] = Math.Min(ta.TitleSet.Count, tb.TitleSet.Count) == 0 ? 0 : (float)ta.TitleSet.Intersect(tb.TitleSet).Count() / Math.Min(ta.TitleSet.Count, tb.TitleSet.Count);
        f[17] = (float)ta.TitleSet.Intersect(tb.TitleSet).Select(corpus.Idf).DefaultIfEmpty(0).Max();
        var editionsA = ta.TitleSet.Where(s_editions.Contains).ToHashSet();
        var editionsB = tb.TitleSet.Where(s_editions.Contains).ToHashSet();
        f[18] = editionsA.Count + editionsB.Count - 2 * editionsA.Intersect(editionsB).Count();
        f[19] = ta.Numbers.Count > 0 && tb.Numbers.Count > 0 && !ta.Numbers.Overlaps(tb.Numbers) ? 1 : 0;
        double unsharedA = 0, unsharedB = 0, totalA = 0, totalB = 0;
        foreach (var t in ta.TitleSet) { var w = corpus.Idf(t); totalA += w; if (!tb.TokenSet.Contains(t)) unsharedA += w; }
        foreach (var t in tb.TitleSet) { var w = corpus.Idf(t); totalB += w; if (!ta.TokenSet.Contains(t)) unsharedB += w; }
        f[20] = (float)Math.Max(totalA == 0 ? 0 : unsharedA / totalA, totalB == 0 ? 0 : unsharedB / totalB);
        return f;
    }

    /// <summary>Plain-language evidence for a pair: which fields agree and which model number matched.</summary>
    public static List<string> Explain(ProductEntry a, ProductEntry b, float[] f)
    {
        var why = new List<string>();
        var codes = a.Text.Codes.Intersect(b.Text.Codes).ToList();
        if (codes.Count > 0) why.Add($"model number {string.Join(", ", codes)} in both");
        else if (f[7] > 0) why.Add("one's model number appears in the other's text");
        else if (f[5] > 0) why.Add($"different model numbers ({string.Join(", ", a.Text.Codes.Take(2))} vs {string.Join(", ", b.Text.Codes.Take(2))})");
        if (f[8] > 0) why.Add($"same brand ({string.Join(", ", a.Brands.Intersect(b.Brands))})");
        else if (f[8] < 0) why.Add($"different brands ({string.Join(", ", a.Brands)} vs {string.Join(", ", b.Brands)})");
        if (f[9] > 0) why.Add($"{f[9]:0} measured attribute(s) agree");
        if (f[10] > 0) why.Add($"{f[10]:0} measured attribute(s) differ");
        why.Add($"titles {f[1]:P0} alike (TF-IDF), {f[0]:P0} of words shared");
        if (f[12] >= 0) why.Add($"price ratio {f[12]:0.00}");
        return why;
    }

    private static double Jaccard<T>(HashSet<T> a, HashSet<T> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var inter = 0;
        foreach (var x in a) if (b.Contains(x)) inter++;
        return (double)inter / (a.Count + b.Count - inter);
    }

    private static double BestCodeSimilarity(HashSet<string> a, HashSet<string> b)
    {
        double best = 0;
        foreach (var x in a)
            foreach (var y in b)
            {
                var d = Levenshtein(x, y);
                best = Math.Max(best, 1 - (double)d / Math.Max(x.Length, y.Length));
            }
        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            cur.CopyTo(prev);
        }
        return prev[b.Length];
    }

    private static (float Equal, float Conflict) CompareQuantities(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b)
    {
        float equal = 0, conflict = 0;
        foreach (var unit in a.Select(q => q.Unit).Intersect(b.Select(q => q.Unit)))
        {
            var va = a.Where(q => q.Unit == unit).Select(q => q.Value).ToHashSet();
            var vb = b.Where(q => q.Unit == unit).Select(q => q.Value).ToHashSet();
            if (va.Overlaps(vb)) equal++;
            else conflict++;
        }
        return (equal, conflict);
    }
}
