using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using MarkScreen.Index;
using MarkScreen.Judging;
using MarkScreen.Matching;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using MarkScreen.Screening;

namespace MarkScreen.Benchmarks;

/// <summary>
/// The screen command's own figures: a generated register (with the seed marks and the real brand lists) imported
/// into a real store, and real listing titles (Flipkart, Amazon UK, Walmart-Amazon) repeated to the requested count,
/// screened through the real reader, screener and JSON Lines writer. Reports listings per second on one thread and on
/// every core, with raw matching (MarkMatcher.Find alone) on one thread as the baseline in the same run, and the
/// process's working set sampled as the run goes, to show memory stays flat.
/// </summary>
internal static class ScreenBenchmark
{
    public static int Run(string[] args)
    {
        var shared = Path.GetFullPath(BenchmarkData.Arg(args, "--shared") ?? "../shared");
        var marks = int.Parse(BenchmarkData.Arg(args, "--marks") ?? "300000", CultureInfo.InvariantCulture);
        var listings = int.Parse(BenchmarkData.Arg(args, "--listings") ?? "1000000", CultureInfo.InvariantCulture);
        var minRisk = Enum.Parse<RiskLevel>(BenchmarkData.Arg(args, "--min-risk") ?? "medium", ignoreCase: true);
        var dir = Path.Combine(Path.GetTempPath(), "markscreen-screen-bench");
        Directory.CreateDirectory(dir);
        var titles = BenchmarkData.Titles(shared);

        var sw = Stopwatch.StartNew();
        using var store = BenchmarkData.ImportRegister(BenchmarkData.Register(marks, BenchmarkData.Brands(shared), BenchmarkData.Vocabulary(titles)), dir, $"register-{marks}");
        var importer = new RegisterImporter(store);
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "MarkScreen.slnx"))) root = Path.GetDirectoryName(root.TrimEnd('/'))!;
        importer.ImportFile(Path.Combine(root, "data", "samples", "seeds", "seed-marks.csv"));
        importer.ImportFile(Path.Combine(root, "data", "samples", "brands", "brand-list.csv"));
        var importSeconds = sw.Elapsed.TotalSeconds;
        sw.Restart();
        using var index = MarkIndex.Build(store.LiveWordMarks());
        Console.WriteLine($"register: {store.Count():N0} marks imported in {importSeconds:N1} s; index built in {sw.Elapsed.TotalSeconds:N1} s");

        var input = Path.Combine(dir, $"listings-{listings}.csv");
        using (var writer = new CsvWriter(new StreamWriter(input), CultureInfo.InvariantCulture))
        {
            writer.WriteField("id"); writer.WriteField("title"); writer.NextRecord();
            for (var i = 0; i < listings; i++)
            {
                writer.WriteField(i.ToString(CultureInfo.InvariantCulture)); writer.WriteField(titles[i % titles.Count]); writer.NextRecord();
            }
        }
        Console.WriteLine($"listings: {listings:N0} ({new FileInfo(input).Length / 1e6:N0} MB), real titles from {titles.Count:N0}");

        using var records = new StoreRecords(store);
        using var screener = new Screener(index, records) { MinRisk = minRisk };
        var matcher = new MarkMatcher(index);
        var sample = titles;
        foreach (var t in sample) screener.Screen(new Listing("w", t)); // warm-up: JIT, record cache
        foreach (var t in sample) matcher.Find(t);
        sw.Restart();
        foreach (var t in sample) matcher.Find(t);
        var matchRate = sample.Count / sw.Elapsed.TotalSeconds;
        sw.Restart();
        foreach (var t in sample) screener.Screen(new Listing("s", t));
        var screenOne = sample.Count / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"one thread: raw matching {matchRate:N0} titles/s; full screening (goods, judging, evidence, safer title) {screenOne:N0} listings/s = {screenOne / matchRate:P0} of matching");

        var output = Path.Combine(dir, "findings.jsonl");
        var samples = new List<string>();
        var peak = 0L;
        sw.Restart();
        ScreenSummary summary;
        using (var jsonl = new JsonLinesWriter(new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16)))
        {
            summary = ScreenRun.Run(ListingReader.Read(input, new ListingColumns()), screener, jsonl, minRisk, progress: s =>
            {
                using var me = Process.GetCurrentProcess();
                peak = Math.Max(peak, me.WorkingSet64);
                if (s.Listings % (listings / 5 / ScreenRun.BatchSize * ScreenRun.BatchSize + ScreenRun.BatchSize) < ScreenRun.BatchSize)
                    samples.Add($"{s.Listings / 1000:N0}k: {me.WorkingSet64 / 1e6:N0} MB");
            });
        }
        var seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"--min-risk {minRisk.ToString().ToLowerInvariant()}; all {Environment.ProcessorCount} cores, streaming from CSV to JSON Lines: {summary.Listings:N0} listings in {seconds:N1} s = {summary.Listings / seconds:N0} listings/s; "
            + $"{summary.Findings:N0} findings ({summary.ByRisk[RiskLevel.High]:N0} high, {summary.ByRisk[RiskLevel.Medium]:N0} medium), {new FileInfo(output).Length / 1e6:N0} MB written");
        Console.WriteLine($"working set as the run went: {string.Join(", ", samples)}; peak {peak / 1e6:N0} MB");
        return 0;
    }
}
