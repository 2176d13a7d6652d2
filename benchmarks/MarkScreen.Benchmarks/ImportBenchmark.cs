using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Benchmarks;

/// <summary>
/// Register import figures: parse-only and parse+store throughput on a generated USPTO daily file, peak memory on two
/// file sizes (flat memory means the same peak for both), store size, re-import speed, and the naive baseline
/// (XDocument over the whole file, what most scripts do) measured in the same run.
/// </summary>
internal static class ImportBenchmark
{
    public static int Run(string[] args)
    {
        var size = BenchmarkData.Arg(args, "--size") ?? "200MB";
        var dir = BenchmarkData.Arg(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "markscreen-bench");
        Directory.CreateDirectory(dir);
        var big = Ensure(dir, ParseSize(size));
        var small = Ensure(dir, ParseSize(size) / 4);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, one core pinned per phase");
        Console.WriteLine($"input: {Path.GetFileName(big)} ({new FileInfo(big).Length / 1e6:N1} MB) and {Path.GetFileName(small)} ({new FileInfo(small).Length / 1e6:N1} MB)");
        Console.WriteLine();

        var db = Path.Combine(dir, "bench.db");
        foreach (var f in Directory.GetFiles(dir, "bench.db*")) File.Delete(f);
        var rows = new List<PhaseResult>
        {
            Phase("parse", small),
            Phase("parse", big),
            Phase("store", big, db),
            Phase("reimport", big, db),
            Phase("baseline-xdocument", small),
        };
        Console.WriteLine($"{"phase",-20} {"file MB",8} {"records",9} {"seconds",8} {"MB/s",8} {"records/s",10} {"peak RSS MB",12} {"alloc/rec",10}");
        foreach (var r in rows)
        {
            Console.WriteLine($"{r.Phase,-20} {r.Mb,8:N1} {r.Records,9:N0} {r.Seconds,8:N2} {r.Mb / r.Seconds,8:N1} {r.Records / r.Seconds,10:N0} {r.PeakRssMb,12:N0} {r.AllocPerRecord,10:N0}");
        }
        var parseBig = rows[1];
        var baseline = rows[4];
        Console.WriteLine();
        Console.WriteLine($"store size: {new FileInfo(db).Length / 1e6:N1} MB for {rows[2].Records:N0} records");
        Console.WriteLine($"store stage alone (store minus parse, one core): {rows[2].Records / (rows[2].Seconds - parseBig.Seconds):N0} records/s");
        Console.WriteLine($"memory flat in file size: parse peak {rows[0].PeakRssMb:N0} MB at {rows[0].Mb:N0} MB input, {parseBig.PeakRssMb:N0} MB at {parseBig.Mb:N0} MB input");
        Console.WriteLine($"vs baseline (XDocument.Load of the whole file): {parseBig.Mb / parseBig.Seconds / (baseline.Mb / baseline.Seconds):N1}x the MB/s, "
            + $"{baseline.PeakRssMb / rows[0].PeakRssMb:N1}x less peak memory at {baseline.Mb:N0} MB");
        return 0;
    }

    private static PhaseResult Phase(string phase, string file, string? db = null)
    {
        var self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        var dll = typeof(ImportBenchmark).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) psi.ArgumentList.Add(dll);
        foreach (var a in new[] { "phase", phase, file, db ?? "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"phase {phase} failed: {output}");
        return JsonSerializer.Deserialize<PhaseResult>(output.Trim().Split('\n')[^1])!;
    }

    public static int RunPhase(string[] args)
    {
        var (phase, file, db) = (args[0], args[1], args[2]);
        // One core: an import is single-threaded by design (one transaction per file). Parsing on a second thread
        // while writing was tried and measured slower (the writer is the slower stage and the threads contend).
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var allocBefore = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var records = phase switch
        {
            "parse" => ParseOnly(file),
            "store" or "reimport" => Store(file, db),
            "baseline-xdocument" => XDocumentBaseline(file),
            _ => throw new ArgumentException(phase),
        };
        sw.Stop();
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - allocBefore;
        using var me = Process.GetCurrentProcess();
        me.Refresh();
        var result = new PhaseResult(phase, new FileInfo(file).Length / 1e6, records, sw.Elapsed.TotalSeconds, me.PeakWorkingSet64 / 1e6, records == 0 ? 0 : alloc / records);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static int ParseOnly(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var n = 0;
        foreach (var item in new UsptoXmlReader().Read(stream, Path.GetFileName(file)))
        {
            if (item.Record is not null) n++;
        }
        return n;
    }

    private static int Store(string file, string db)
    {
        using var store = MarkStore.Open(db);
        var summary = new RegisterImporter(store, new ImportOptions { HashFiles = false }).ImportFile(file);
        if (!summary.Committed) throw new InvalidOperationException(summary.FileError ?? "nothing committed");
        return summary.Usable;
    }

    /// <summary>What a quick script does: load the whole document, then walk it. Memory grows with the file.</summary>
    private static int XDocumentBaseline(string file)
    {
        var doc = XDocument.Load(file);
        var n = 0;
        foreach (var cf in doc.Descendants("case-file"))
        {
            var serial = (string?)cf.Element("serial-number");
            var mark = (string?)cf.Element("case-file-header")?.Element("mark-identification");
            var owners = cf.Element("case-file-owners")?.Elements("case-file-owner").Select(o => (string?)o.Element("party-name")).ToList();
            var classes = cf.Element("classifications")?.Elements("classification").Select(c => (string?)c.Element("international-code")).ToList();
            if (serial is not null && (mark is not null || owners is not null || classes is not null)) n++;
        }
        return n;
    }

    private static string Ensure(string dir, long bytes)
    {
        var path = Path.Combine(dir, $"apc-generated-{bytes >> 20}MB.xml");
        if (File.Exists(path)) return path;
        var tmp = path + ".tmp";
        using (var f = File.Create(tmp))
        {
            // No broken records or raw control characters: the baseline (one XDocument) cannot survive them.
            new UsptoDailyFileGenerator(seed: 1) { DuplicateRate = 0.01, ControlCharacters = false }.Write(f, bytes, new DateOnly(2024, 9, 25));
        }
        File.Move(tmp, path);
        return path;
    }


    private static long ParseSize(string text)
    {
        var t = text.ToUpperInvariant();
        long unit = t.EndsWith("GB", StringComparison.Ordinal) ? 1L << 30 : t.EndsWith("MB", StringComparison.Ordinal) ? 1L << 20 : 1;
        return (long)(double.Parse(t.TrimEnd('G', 'M', 'B'), CultureInfo.InvariantCulture) * unit);
    }

    private sealed record PhaseResult(string Phase, double Mb, int Records, double Seconds, double PeakRssMb, long AllocPerRecord);
}
