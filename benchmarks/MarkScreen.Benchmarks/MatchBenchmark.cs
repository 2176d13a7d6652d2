using System.Diagnostics;
using System.Text.Json;
using MarkScreen.Index;
using MarkScreen.Matching;

namespace MarkScreen.Benchmarks;

/// <summary>
/// Matching figures per register size (10k, 300k, 3M generated marks with the real brand lists): index build time,
/// size on disk, load (memory-map) time, resident memory, and titles per second on one core over real listing
/// titles, for MarkScreen's normalised kinds and for .NET's SearchValues&lt;string&gt; Aho-Corasick over the raw marks
/// (no normalisation at all) as the baseline, in the same process and run. "norm t/s" is the allocation-free FindSpans
/// for the normalised kinds (automaton, boundary and kind judgement), "all t/s" the full Find (hit objects) with typos
/// and sound-alikes too, "batch t/s" and "all batch" the same for batches of 256 titles (the batch calls, which scan
/// sixteen titles at a time),
/// "scan t/s" the normalisation and automaton pass alone; "hits/title" counts all kinds.
/// </summary>
internal static class MatchBenchmark
{
    public static int Run(string[] args)
    {
        var shared = BenchmarkData.Arg(args, "--shared") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));
        var sizes = (BenchmarkData.Arg(args, "--sizes") ?? "10000,300000,3000000").Split(',').Select(int.Parse).ToList();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; one core pinned per phase; shared data: {shared}");
        Console.WriteLine($"{"marks",10} {"patterns",10} {"build s",8} {"file MB",8} {"load ms",8} {"copy ms",8} {"RSS norm",8} {"RSS all",7} {"huge MB",7} {"norm t/s",10} {"batch t/s",10} {"all t/s",9} {"all batch",9} {"scan t/s",10} {"hits/title",10} {"SV build s",10} {"SV titles/s",11} {"ratio",6}");
        foreach (var size in sizes)
        {
            var r = Phase(size, shared);
            Console.WriteLine($"{r.Marks,10:N0} {r.Patterns,10:N0} {r.BuildSeconds,8:N1} {r.FileMb,8:N1} {r.LoadMs,8:N1} {r.CopyMs,8:N0} {r.RssNormalisedMb,8:N0} {r.RssMb,7:N0} {r.HugeMb,7:N0} {r.TitlesPerSecond,10:N0} {r.BatchTitlesPerSecond,10:N0} {r.AllKindsPerSecond,9:N0} {r.AllKindsBatchPerSecond,9:N0} {r.ScanTitlesPerSecond,10:N0} {r.HitsPerTitle,10:N2} {r.BaselineBuildSeconds,10:N1} {r.BaselineTitlesPerSecond,11:N0} {r.TitlesPerSecond / r.BaselineTitlesPerSecond,6:N2}");
        }
        return 0;
    }

    private static MatchResult Phase(int size, string shared)
    {
        var build = JsonSerializer.Deserialize<BuildResult>(RunChild("match-build", size, shared))!;
        var query = JsonSerializer.Deserialize<MatchResult>(RunChild("match-query", size, shared))!;
        return query with { Patterns = build.Patterns, BuildSeconds = build.BuildSeconds, FileMb = build.FileMb };
    }

    private static string RunChild(string phase, int size, string shared)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) psi.ArgumentList.Add(typeof(MatchBenchmark).Assembly.Location);
        foreach (var a in new[] { phase, size.ToString(System.Globalization.CultureInfo.InvariantCulture), shared }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{phase} {size} failed: {output}");
        return output.Trim().Split('\n')[^1];
    }

    private static string IndexPath(int size) => Path.Combine(Path.GetTempPath(), $"markscreen-bench-{size}.msidx");

    /// <summary>Builds and saves the index for a generated register of <c>size</c> marks.</summary>
    public static int RunBuild(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var shared = args[1];
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var titles = BenchmarkData.Titles(shared);
        var marks = BenchmarkData.Register(size, BenchmarkData.Brands(shared), BenchmarkData.Vocabulary(titles)).ToList();
        var sw = Stopwatch.StartNew();
        using var built = MarkIndex.Build(marks);
        var seconds = sw.Elapsed.TotalSeconds;
        built.Save(IndexPath(size));
        // Where the bytes are, largest first (on standard error: the parent reads the JSON line from standard output).
        var shape = built.Ints(IndexSection.AutomatonShape);
        Console.Error.WriteLine($"{size}: {built.StateCount:N0} automaton states ({shape[2]:N0} within {shape[0]} characters of the root, with failure links; "
            + $"{built.Ints(IndexSection.DeepPatterns).Length:N0} patterns end deeper); sections: " + string.Join(", ",
            Enum.GetValues<IndexSection>().Where(s => s != IndexSection.Count).Select(s => (s, built.Bytes(s).Length)).OrderByDescending(x => x.Length).Take(40)
                .Select(x => $"{x.s} {x.Length / 1e6:N0} MB")));
        Console.WriteLine(JsonSerializer.Serialize(new BuildResult(built.PatternCount, seconds, new FileInfo(IndexPath(size)).Length / 1e6)));
        return 0;
    }

    /// <summary>Loads the saved index in a fresh process and matches the titles: the resident memory is the query's own.</summary>
    public static int RunQuery(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var shared = args[1];
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var titles = BenchmarkData.Titles(shared);
        var path = IndexPath(size);

        var sw = Stopwatch.StartNew();
        using var index = MarkIndex.Load(path);
        var loadMs = sw.Elapsed.TotalMilliseconds;
        // Screening copies the sections it reads at random into huge pages (see MarkIndex.UseHugePages): timed apart.
        sw.Restart();
        index.UseHugePages(HotSections.Exact);
        var copyMs = sw.Elapsed.TotalMilliseconds;
        var matcher = new MarkMatcher(index) { Approximate = false };
        var all = new MarkMatcher(index);
        // Resident memory of the normalised kinds alone, before the typo and sound-alike tables are touched.
        var normSpans = new List<PatternSpan>();
        foreach (var t in titles) matcher.FindSpans(t, normSpans);
        foreach (var t in titles) matcher.FindSpans(t, normSpans);
        double rssNormalised;
        using (var me = Process.GetCurrentProcess()) rssNormalised = me.WorkingSet64 / 1e6;
        sw.Restart();
        index.UseHugePages(HotSections.Approximate);
        copyMs += sw.Elapsed.TotalMilliseconds;
        long hits = 0;
        foreach (var t in titles) hits += all.Find(t).Count; // warm-up, and the hit count
        long candidates = 0;
        foreach (var t in titles)
        {
            matcher.Find(t);
            candidates += matcher.CountCandidates(t);
        }
        Console.Error.WriteLine($"{size}: {(double)candidates / titles.Count:N1} automaton candidates per title");
        var spans = new List<PatternSpan>();
        // The three kinds take their windows in turn, so that a slow spell of the machine falls on all of them alike.
        var batched = new Batches(matcher);
        var allBatched = new Batches(all);
        var medians = MediansInTurn(titles, t => matcher.FindSpans(t, spans), batched.Spans, t => all.Find(t).Count, allBatched.Hits, t => matcher.CountCandidates(t));
        var (perSecond, batchPerSecond, allPerSecond, allBatchPerSecond, candidatesPerSecond) = (medians[0], medians[1], medians[2], medians[3], medians[4]);
        double rss;
        using (var me = Process.GetCurrentProcess()) rss = me.WorkingSet64 / 1e6;

        // The baseline gets the same marks, raw: .NET's SearchValues<string> (Aho-Corasick / Teddy) with ignore-case.
        var texts = BenchmarkData.Register(size, BenchmarkData.Brands(shared), BenchmarkData.Vocabulary(titles)).Select(m => m.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        sw.Restart();
        var searchValues = new SearchValuesBaseline(texts);
        var baselineBuild = sw.Elapsed.TotalSeconds;
        foreach (var t in titles) searchValues.Count(t);
        var baselinePerSecond = Median(titles, searchValues.Count);
        Console.WriteLine(JsonSerializer.Serialize(new MatchResult(size, 0, 0, 0, loadMs, copyMs, rssNormalised, rss, AnonHugeMb(), perSecond, batchPerSecond, allPerSecond, allBatchPerSecond, candidatesPerSecond,
            (double)hits / titles.Count, baselineBuild, baselinePerSecond)));
        if (Environment.GetEnvironmentVariable("MARKSCREEN_KEEP_INDEX") is null) File.Delete(path);
        return 0;
    }

    /// <summary>
    /// How much of the process's memory the kernel backs with 2 MB pages (AnonHugePages in /proc/self/smaps_rollup; 0
    /// elsewhere): the huge-page copies should be nearly all of it. A run where they are not is not comparable.
    /// </summary>
    private static double AnonHugeMb()
    {
        const string rollup = "/proc/self/smaps_rollup";
        if (!File.Exists(rollup)) return 0;
        foreach (var line in File.ReadLines(rollup))
            if (line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
                return long.Parse(line["AnonHugePages:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1e3;
        return 0;
    }

    /// <summary>
    /// The batch calls against one text at a time, in one process (match-batch SIZE SHARED norm|all PAIRS): one matcher
    /// over a saved index with its hot sections in huge pages, FindSpans (norm) or Find (all) per title against the same
    /// for batches of 256 titles, in alternating windows of 0.3 s, so that the machine's drift hits both alike.
    /// </summary>
    public static int RunBatch(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var titles = BenchmarkData.Titles(args[1]);
        var all = args[2] == "all";
        var pairs = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        using var index = MarkIndex.Load(IndexPath(size));
        index.UseHugePages(all ? HotSections.All : HotSections.Exact);
        var matcher = new MarkMatcher(index) { Approximate = all };
        var spans = new List<PatternSpan>();
        var batches = new Batches(matcher);
        Func<string, int> single = all ? t => matcher.Find(t).Count : t => matcher.FindSpans(t, spans);
        var windows = Alternating(titles, single, all ? batches.Hits : batches.Spans, pairs, 0.3);
        var ratios = windows.Select(w => w.Second / w.First).ToList();
        Console.WriteLine($"shallow state records: {index.Bytes(IndexSection.ShallowStates).Length / 1e6:N1} MB (the batch calls scan in lanes from 16.8 MB)");
        Console.WriteLine($"{args[2]}: one at a time {MedianOf(windows.Select(w => w.First)):N0} titles/s, in batches {MedianOf(windows.Select(w => w.Second)):N0} titles/s; "
            + $"ratio median {MedianOf(ratios):N3}, batches faster in {ratios.Count(r => r > 1)} of {pairs} pairs");
        return 0;
    }

    /// <summary>
    /// Huge-page copies (MarkIndex.UseHugePages) against the mapped file alone, in one process: the index is loaded
    /// twice, one load's hot sections copied, and the two matched in alternating windows of 0.3 s, so that the machine's
    /// drift hits both alike (match-hugepages SIZE SHARED norm|all PAIRS).
    /// </summary>
    public static int RunHugePages(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var titles = BenchmarkData.Titles(args[1]);
        var all = args[2] == "all";
        var pairs = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        using var mapped = MarkIndex.Load(IndexPath(size));
        using var copied = MarkIndex.Load(IndexPath(size));
        var bytes = copied.UseHugePages(all ? HotSections.All : HotSections.Exact);
        Console.WriteLine($"copied {bytes / 1e6:N0} MB into huge pages");
        var windows = Alternating(titles, new MarkMatcher(mapped) { Approximate = all }, new MarkMatcher(copied) { Approximate = all }, pairs, 0.3);
        var ratios = windows.Select(w => w.Second / w.First).ToList();
        Console.WriteLine($"{args[2]}: mapped {MedianOf(windows.Select(w => w.First)):N0} titles/s, huge pages {MedianOf(windows.Select(w => w.Second)):N0} titles/s; "
            + $"ratio median {MedianOf(ratios):N3}, huge pages faster in {ratios.Count(r => r > 1)} of {pairs} pairs");
        return 0;
    }

    /// <summary>
    /// Two matchers' rates (FindSpans, with or without typos as each is set) in <paramref name="pairs"/> pairs of
    /// alternating windows, after three untimed passes of each: the machine's drift between phases hits both alike.
    /// </summary>
    private static List<(double First, double Second)> Alternating(List<string> titles, MarkMatcher first, MarkMatcher second, int pairs, double window)
    {
        var spans = new List<PatternSpan>();
        return Alternating(titles, t => first.FindSpans(t, spans), t => second.FindSpans(t, spans), pairs, window);
    }

    /// <summary>Two kinds of work's rates in <paramref name="pairs"/> pairs of alternating windows, after three untimed passes of each.</summary>
    private static List<(double First, double Second)> Alternating(List<string> titles, Func<string, int> first, Func<string, int> second, int pairs, double window)
    {
        for (var pass = 0; pass < 3; pass++)
            foreach (var t in titles)
            {
                first(t);
                second(t);
            }
        var rates = new List<(double, double)>(pairs);
        for (var p = 0; p < pairs; p++) rates.Add((Throughput(titles, first, window), Throughput(titles, second, window)));
        return rates;
    }

    private static double MedianOf(IEnumerable<double> rates) => rates.Order().ElementAt(rates.Count() / 2);

    /// <summary>
    /// One kind of matching in a loop over the titles for a while, against an index saved by match-build, with the
    /// kind's sections in huge pages as screening has them: a steady workload to attach a profiler to
    /// (match-loop SIZE SHARED norm|all|scan SECONDS).
    /// </summary>
    public static int RunLoop(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var titles = BenchmarkData.Titles(args[1]);
        var seconds = double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        using var index = MarkIndex.Load(IndexPath(size));
        var approximate = args[2].StartsWith("all", StringComparison.Ordinal);
        index.UseHugePages(approximate ? HotSections.All : HotSections.Exact);
        var matcher = new MarkMatcher(index) { Approximate = approximate };
        var spans = new List<PatternSpan>();
        var mt0 = new MarkScreen.Text.MatchText();
        Func<string, int> work = args[2] switch
        {
            "scan" => t => matcher.CountCandidates(t),
            "allspans" => t => matcher.FindSpans(t, spans),
            "set" => t => { mt0.Set(t); return mt0.Length; },
            "all" => t => matcher.Find(t).Count,
            "batch" or "allbatch" => approximate ? new Batches(matcher).Hits : new Batches(matcher).Spans,
            _ => t => matcher.FindSpans(t, spans),
        };
        for (var pass = 0; pass < 3; pass++) foreach (var t in titles) work(t); // page faults and JIT tiers out of the way
        Console.Error.WriteLine($"{args[2]}: {titles.Average(t => work(t)):N2} results per title");
        var windows = Windows(titles, work, seconds);
        Console.Error.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalSeconds:N1} s, heap {GC.GetTotalMemory(false) / 1e6:N0} MB");
        Console.WriteLine($"{args[2]}: {windows.Order().ElementAt(2):N0} titles/s (median of five windows: {string.Join(", ", windows.Select(w => w.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))})");
        return 0;
    }

    /// <summary>
    /// Two shallow depths against each other in one process (match-depth SIZE SHARED SECONDS DEPTH DEPTH): both
    /// indexes built from the same generated register, saved, mapped, copied into huge pages as screening has them, and
    /// matched (normalised kinds) in alternating windows of a quarter second.
    /// </summary>
    public static int RunDepth(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        int[] depths = [int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture)];
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var titles = BenchmarkData.Titles(args[1]);
        var marks = BenchmarkData.Register(size, BenchmarkData.Brands(args[1]), BenchmarkData.Vocabulary(titles)).ToList();
        var paths = depths.Select(d => Path.Combine(Path.GetTempPath(), $"markscreen-depth-{size}-{d}.msidx")).ToArray();
        for (var k = 0; k < 2; k++)
        {
            var sw = Stopwatch.StartNew();
            using var built = MarkIndex.Build(marks, depths[k]);
            Console.WriteLine($"depth {depths[k]}: built in {sw.Elapsed.TotalSeconds:N1} s, {built.StateCount:N0} states");
            built.Save(paths[k]);
        }
        marks.Clear();
        GC.Collect();
        using var a = MarkIndex.Load(paths[0]);
        using var b = MarkIndex.Load(paths[1]);
        a.UseHugePages(HotSections.Exact);
        var hugeA = AnonHugeMb();
        b.UseHugePages(HotSections.Exact);
        Console.WriteLine($"huge pages: {hugeA:N0} MB after the first copy, {AnonHugeMb():N0} MB after both");
        var windows = Alternating(titles, new MarkMatcher(a) { Approximate = false }, new MarkMatcher(b) { Approximate = false }, (int)Math.Ceiling(seconds * 2), 0.25);
        Console.WriteLine($"{size:N0} marks, normalised kinds, medians of {windows.Count} alternating windows: depth {depths[0]} {MedianOf(windows.Select(w => w.First)):N0} titles/s, "
            + $"depth {depths[1]} {MedianOf(windows.Select(w => w.Second)):N0} titles/s, ratio {MedianOf(windows.Select(w => w.First / w.Second)):N3} ({windows.Count(w => w.First > w.Second)} of {windows.Count} faster)");
        foreach (var p in paths) File.Delete(p);
        return 0;
    }

    /// <summary>
    /// The record layout (ShallowLayout) against its baseline, breadth-first records, in one process: both indexes are
    /// built from the same generated register, saved, mapped, and matched (normalised kinds) in alternating windows of
    /// a quarter second, so that the machine's drift hits both alike (match-layout SIZE SHARED SECONDS).
    /// </summary>
    public static int RunLayout(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var shared = args[1];
        var seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var titles = BenchmarkData.Titles(shared);
        var marks = BenchmarkData.Register(size, BenchmarkData.Brands(shared), BenchmarkData.Vocabulary(titles)).ToList();
        string[] paths = [Path.Combine(Path.GetTempPath(), $"markscreen-layout-{size}-english.msidx"), Path.Combine(Path.GetTempPath(), $"markscreen-layout-{size}-bfs.msidx")];
        using (var english = MarkIndex.Build(marks, AhoCorasickBuilder.DefaultShallowDepth)) english.Save(paths[0]);
        using (var bfs = MarkIndex.Build(marks, AhoCorasickBuilder.DefaultShallowDepth, [])) bfs.Save(paths[1]);
        marks.Clear();
        GC.Collect();
        using var laidOut = MarkIndex.Load(paths[0]);
        using var breadthFirst = MarkIndex.Load(paths[1]);
        var windows = Alternating(titles, new MarkMatcher(laidOut) { Approximate = false }, new MarkMatcher(breadthFirst) { Approximate = false }, (int)Math.Ceiling(seconds * 2), 0.25);
        Console.WriteLine($"{size:N0} marks, normalised kinds, medians of {windows.Count} alternating windows: laid out for English {MedianOf(windows.Select(w => w.First)):N0} titles/s, "
            + $"breadth-first {MedianOf(windows.Select(w => w.Second)):N0} titles/s, ratio {MedianOf(windows.Select(w => w.First / w.Second)):N3}");
        foreach (var p in paths) File.Delete(p);
        return 0;
    }

    /// <summary>
    /// Five timed windows after two seconds of untimed work: the JIT's tiers (first code, then instrumented, then
    /// optimised) take a few seconds to settle, longer on one CPU, and before that the first windows of a run read a
    /// third of the steady rate.
    /// </summary>
    private static List<double> Windows(List<string> titles, Func<string, int> work, double seconds = 5)
    {
        Throughput(titles, work, 2);
        return [.. Enumerable.Range(0, 5).Select(_ => Throughput(titles, work, seconds / 5))];
    }

    private static double Median(List<string> titles, Func<string, int> work) => Windows(titles, work).Order().ElementAt(2);

    /// <summary>Each kind's median of five one-second windows, the kinds taking their windows in turn (after two seconds of untimed work each).</summary>
    private static double[] MediansInTurn(List<string> titles, params Func<string, int>[] works)
    {
        foreach (var work in works) Throughput(titles, work, 2);
        var windows = works.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 5; round++)
            for (var k = 0; k < works.Length; k++) windows[k].Add(Throughput(titles, works[k], 1));
        return [.. windows.Select(w => w.Order().ElementAt(2))];
    }

    private static double Throughput(List<string> titles, Func<string, int> work, double seconds)
    {
        var sw = Stopwatch.StartNew();
        var done = 0;
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            foreach (var t in titles) work(t);
            done += titles.Count;
        }
        return done / sw.Elapsed.TotalSeconds;
    }


    /// <summary>
    /// Titles fed one at a time into batches of <see cref="Size"/> for the matcher's batch calls, so that the batch
    /// calls run in the same windows as the others: a window counts the titles fed, and at most one batch is pending
    /// when it ends.
    /// </summary>
    private sealed class Batches(MarkMatcher matcher)
    {
        public const int Size = 256;
        private readonly string[] _texts = new string[Size];
        private readonly List<PatternSpan>[] _outputs = [.. Enumerable.Range(0, Size).Select(_ => new List<PatternSpan>())];
        private int _filled;

        /// <summary>The normalised kinds, as FindSpans for a batch.</summary>
        public int Spans(string title)
        {
            if (!Fill(title)) return 0;
            matcher.FindSpans(_texts, _outputs);
            return Size;
        }

        /// <summary>Every kind, as Find for a batch.</summary>
        public int Hits(string title) => Fill(title) ? matcher.Find(_texts).Length : 0;

        private bool Fill(string title)
        {
            _texts[_filled++] = title;
            if (_filled < Size) return false;
            _filled = 0;
            return true;
        }
    }

    private sealed record BuildResult(int Patterns, double BuildSeconds, double FileMb);

    private sealed record MatchResult(int Marks, int Patterns, double BuildSeconds, double FileMb, double LoadMs, double CopyMs, double RssNormalisedMb, double RssMb, double HugeMb, double TitlesPerSecond, double BatchTitlesPerSecond, double AllKindsPerSecond, double AllKindsBatchPerSecond, double ScanTitlesPerSecond, double HitsPerTitle, double BaselineBuildSeconds, double BaselineTitlesPerSecond);
}
