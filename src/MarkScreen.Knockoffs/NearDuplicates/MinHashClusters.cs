using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Knockoffs.NearDuplicates;

/// <summary>A group of listings whose text is nearly the same: clones across sellers, or one seller's relistings.</summary>
public sealed record DuplicateCluster(IReadOnlyList<ProductRecord> Listings, double MinSimilarity);

/// <summary>
/// Near-duplicate listings by MinHash over word 3-shingles of title and description, with locality-sensitive hashing
/// (bands of rows) so only listings that agree on a whole band are compared; candidates are then checked with their
/// exact Jaccard similarity and joined into clusters (union-find). Linear in the number of listings, not quadratic.
/// </summary>
public static class MinHashClusters
{
    private const int Hashes = 128;
    private const int Bands = 32;
    private const int Rows = Hashes / Bands;

    public static List<DuplicateCluster> Find(IReadOnlyList<ProductRecord> listings, double threshold = 0.8, int seed = 7)
    {
        var shingles = listings.Select(l => Shingles(l.Title + " " + l.Description)).ToList();
        var random = new Random(seed);
        var a = Enumerable.Range(0, Hashes).Select(_ => (ulong)random.NextInt64(1, long.MaxValue) | 1).ToArray();
        var b = Enumerable.Range(0, Hashes).Select(_ => (ulong)random.NextInt64(0, long.MaxValue)).ToArray();
        var signatures = shingles.Select(s => Signature(s, a, b)).ToList();

        var parent = Enumerable.Range(0, listings.Count).ToArray();
        int Root(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var similarity = new Dictionary<(int, int), double>();
        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < listings.Count; i++)
            {
                if (shingles[i].Count == 0) continue;
                var key = 1469598103934665603UL;
                for (var r = 0; r < Rows; r++) key = (key ^ signatures[i][band * Rows + r]) * 1099511628211UL;
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(i);
            }
            foreach (var bucket in buckets.Values.Where(l => l.Count > 1 && l.Count <= 500))
                for (var x = 0; x < bucket.Count; x++)
                    for (var y = x + 1; y < bucket.Count; y++)
                    {
                        var pair = (bucket[x], bucket[y]);
                        if (similarity.ContainsKey(pair)) continue;
                        var j = Jaccard(shingles[pair.Item1], shingles[pair.Item2]);
                        similarity[pair] = j;
                        if (j >= threshold) parent[Root(pair.Item1)] = Root(pair.Item2);
                    }
        }
        return [.. Enumerable.Range(0, listings.Count).GroupBy(Root).Where(g => g.Count() > 1).Select(g =>
        {
            var members = g.ToList();
            var min = similarity.Where(p => members.Contains(p.Key.Item1) && members.Contains(p.Key.Item2) && p.Value >= threshold).Select(p => p.Value).DefaultIfEmpty(1).Min();
            return new DuplicateCluster([.. members.Select(i => listings[i])], min);
        }).OrderByDescending(c => c.Listings.Count)];
    }

    public static HashSet<ulong> Shingles(string text)
    {
        var words = ProductText.Tokenize(text);
        var set = new HashSet<ulong>();
        if (words.Count < 3)
        {
            if (words.Count > 0) set.Add(Hash(string.Join(' ', words)));
            return set;
        }
        for (var i = 0; i + 3 <= words.Count; i++) set.Add(Hash(words[i] + " " + words[i + 1] + " " + words[i + 2]));
        return set;
    }

    public static double Jaccard(HashSet<ulong> x, HashSet<ulong> y)
    {
        if (x.Count == 0 && y.Count == 0) return 0;
        var inter = x.Count(y.Contains);
        return (double)inter / (x.Count + y.Count - inter);
    }

    private static ulong[] Signature(HashSet<ulong> shingles, ulong[] a, ulong[] b)
    {
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var s in shingles)
            for (var h = 0; h < Hashes; h++)
            {
                var v = a[h] * s + b[h];
                v ^= v >> 29;
                if (v < sig[h]) sig[h] = v;
            }
        return sig;
    }

    private static ulong Hash(string s)
    {
        var h = 1469598103934665603UL;
        foreach (var c in s) h = (h ^ c) * 1099511628211UL;
        return h;
    }
}
