using System.Diagnostics;
using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Matching;
using MarkScreen.Matching.Evaluation;

namespace MarkScreen.Benchmarks;

/// <summary>
/// MarkScreen against the approaches a user would otherwise reach for, in one run, on the same cases: recall per
/// disguise on the real listings (brand register, the accuracy harness's cases on a fixed sample) and titles per
/// second on one core against registers of 10,000 marks (the naive one on a 1,000-mark subset, extrapolated; .NET's
/// SearchValues against the normalised kinds, as it finds nothing else).
/// </summary>
internal static class BaselineBenchmark
{
    public static int Run(string[] args)
    {
        var shared = args.Length > 1 && args[0] == "--shared" ? args[1] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var listings = LabeledListings.LoadShared(shared);
        const int Sample = 400;

        Console.WriteLine($"recall on the accuracy cases ({Sample} real listings, seed 42; brand register)");
        var ours = AccuracyHarness.Run(listings, 42, Sample);
        LuceneBaseline? lucene = null;
        var luceneReport = AccuracyHarness.Run(listings, brands => (lucene = new LuceneBaseline(brands)).Find, 42, Sample);
        var naiveReport = AccuracyHarness.Run(listings, brands => new NaiveBaseline(brands).Find, 42, Sample);
        var searchValuesReport = AccuracyHarness.Run(listings, brands => new SearchValuesBaseline([.. brands]).Find, 42, Sample);
        lucene?.Dispose();
        Console.WriteLine($"{"kind",-12} {"MarkScreen",11} {"Lucene.NET",11} {"naive",8} {"SearchValues",13}");
        foreach (var k in ours.Kinds)
            Console.WriteLine($"{k.Kind,-12} {k.Recall,11:P1} {luceneReport[k.Kind].Recall,11:P1} {naiveReport[k.Kind].Recall,8:P1} {searchValuesReport[k.Kind].Recall,13:P1}");
        Console.WriteLine($"{"false match",-12} {ours.FalseMatchRate,11:P2} {luceneReport.FalseMatchRate,11:P2} {naiveReport.FalseMatchRate,8:P2} {searchValuesReport.FalseMatchRate,13:P2}");

        var titles = BenchmarkData.Titles(shared);
        var marks = BenchmarkData.Register(10_000, BenchmarkData.Brands(shared), BenchmarkData.Vocabulary(titles)).ToList();
        using var index = MarkIndex.Build(marks);
        var matcher = new MarkMatcher(index);
        using var luceneRegister = new LuceneBaseline([.. marks.Select(m => m.Text)]);
        var naive = new NaiveBaseline([.. marks.Take(1000).Select(m => m.Text)]);
        var ourRate = Rate(titles, t => matcher.Find(t).Count, 3);
        var luceneRate = Rate(titles, t => luceneRegister.Find(t).Count(), 3);
        var naiveRate = Rate(titles, t => naive.Find(t).Count(), 3) / 10; // 1,000 marks measured, 10,000 extrapolated
        Console.WriteLine();
        Console.WriteLine("titles per second, one core, 10,000 generated marks (all kinds)");
        Console.WriteLine($"MarkScreen {ourRate,10:N0}   Lucene.NET {luceneRate,8:N0} ({ourRate / luceneRate:N0}x)   naive {naiveRate,8:N1} ({ourRate / naiveRate:N0}x; 300k marks: {naiveRate / 30:N2}, 3M: {naiveRate / 300:N3})");
        // SearchValues finds only what is spelled as registered: it is timed against the normalised kinds alone.
        var searchValues = new SearchValuesBaseline([.. marks.Select(m => m.Text)]);
        var normalised = new MarkMatcher(index) { Approximate = false };
        var spans = new List<PatternSpan>();
        // Both are fast enough that one pass over the titles is a fraction of a second: a pass each first, for the JIT.
        Rate(titles, t => normalised.FindSpans(t, spans), 3);
        Rate(titles, searchValues.Count, 3);
        var normalisedRate = Rate(titles, t => normalised.FindSpans(t, spans), 3);
        var searchValuesRate = Rate(titles, searchValues.Count, 3);
        Console.WriteLine($"normalised kinds: MarkScreen {normalisedRate,10:N0}   SearchValues {searchValuesRate,10:N0} (MarkScreen {normalisedRate / searchValuesRate:N2} times as fast)");
        return 0;
    }

    private static double Rate(List<string> titles, Func<string, int> work, double seconds)
    {
        var sw = Stopwatch.StartNew();
        var done = 0;
        foreach (var t in titles)
        {
            work(t);
            done++;
            if (sw.Elapsed.TotalSeconds > seconds) break;
        }
        return done / sw.Elapsed.TotalSeconds;
    }
}
