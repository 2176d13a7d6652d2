using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Benchmarks;

internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args);
        return 0;
    }
}

/// <summary>Record parsing on a 5 MB generated daily file held in memory: the splitter-based reader vs one XDocument.</summary>
[MemoryDiagnoser]
public class UsptoParsingBenchmarks
{
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        using var ms = new MemoryStream();
        new UsptoDailyFileGenerator(seed: 7).Write(ms, 5 << 20, new DateOnly(2024, 9, 25));
        _file = ms.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int XDocumentWholeFile() => System.Xml.Linq.XDocument.Load(new MemoryStream(_file)).Descendants("case-file").Count();

    [Benchmark]
    public int SplitterAndRecordReader() => new UsptoXmlReader().Read(new MemoryStream(_file), "bench.xml").Count(i => i.Record is not null);
}
