using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using MarkScreen.Index;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Screening;
using MarkScreen.Search;

namespace MarkScreen.Benchmarks;

/// <summary>
/// Clearance search latency (the type-ahead target: p95 under 20 ms). A generated register imported into a real store,
/// then queries as a person types them: real brand names and title words, whole, cut to a prefix, or with one letter
/// swapped, each timed alone on one thread. The baseline in the same run is a plain scan of every mark for the query
/// as a substring (what a naive search box does), on a sample of the queries.
/// </summary>
internal static class SearchBenchmark
{
    public static int Run(string[] args)
    {
        var shared = Path.GetFullPath(BenchmarkData.Arg(args, "--shared") ?? "../shared");
        var marks = int.Parse(BenchmarkData.Arg(args, "--marks") ?? "300000", CultureInfo.InvariantCulture);
        var dir = Path.Combine(Path.GetTempPath(), "markscreen-search-bench");
        Directory.CreateDirectory(dir);
        var titles = BenchmarkData.Titles(shared);
        var brands = BenchmarkData.Brands(shared);
        var register = BenchmarkData.Register(marks, brands, BenchmarkData.Vocabulary(titles)).ToList();
        using var store = BenchmarkData.ImportRegister(register, dir, $"register-{marks}");
        using var index = MarkIndex.Build(store.LiveWordMarks());
        var sw = Stopwatch.StartNew();
        using var records = new StoreRecords(store);
        using var search = new ClearanceSearch(index, records);
        Console.WriteLine($"register: {index.MarkCount:N0} marks; search ready in {sw.Elapsed.TotalSeconds:N1} s (skeletons sorted for prefixes)");

        var random = new Random(5);
        var words = titles.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct().ToList();
        var queries = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var q = random.Next(2) == 0 ? brands[random.Next(brands.Count)] : words[random.Next(words.Count)];
            queries.Add((i % 3) switch
            {
                0 => q,
                1 => q[..Math.Max(2, q.Length * 2 / 3)],
                _ => q.Length > 4 ? q[..2] + q[3] + q[2] + q[4..] : q,
            });
        }
        foreach (var q in queries.Take(200)) search.Search(new SearchQuery(q)); // warm-up
        var times = new List<double>();
        var found = 0;
        foreach (var q in queries)
        {
            var t = Stopwatch.GetTimestamp();
            found += search.Search(new SearchQuery(q)).Count > 0 ? 1 : 0;
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        double P(double p) => times[(int)Math.Min(times.Count - 1, p * times.Count)];
        Console.WriteLine($"{queries.Count:N0} queries (whole, prefix, one swap), one thread: p50 {P(0.5):N2} ms, p95 {P(0.95):N2} ms, p99 {P(0.99):N2} ms, max {times[^1]:N1} ms; {found:N0} with hits");

        var texts = register.Select(m => m.Text).ToArray();
        var scan = new List<double>();
        foreach (var q in queries.Take(100))
        {
            var t = Stopwatch.GetTimestamp();
            var n = 0;
            foreach (var m in texts) if (m.Contains(q, StringComparison.OrdinalIgnoreCase)) n++;
            scan.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        scan.Sort();
        Console.WriteLine($"baseline, a substring scan of every mark (100 queries): p50 {scan[50]:N1} ms, p95 {scan[95]:N1} ms; ratio at p95 {scan[95] / P(0.95):N0}x (and it finds no typo, look-alike or sound-alike)");
        return 0;
    }
}
