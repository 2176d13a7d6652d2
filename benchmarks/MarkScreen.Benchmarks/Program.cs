using MarkScreen.Benchmarks;

// A reproducible harness: each phase runs in its own process so its peak memory is its own.
// Usage: import [--size 200MB] [--dir DIR]      (the register-import figures in the README)
//        match [--sizes 10000,300000,3000000] [--shared DIR]   (the matching figures in the README)
//        baselines [--shared DIR]                 (MarkScreen vs Lucene.NET, naive Levenshtein and SearchValues: recall and speed)
//        screen [--marks 300000] [--listings 1000000] [--min-risk medium] [--shared DIR]   (the screen command: listings/s, memory over the run)
//        search [--marks 300000] [--shared DIR]  (clearance search latency, p50/p95/p99)
//        knockoffs [--shared DIR]                 (entity-matching F1 on the four benchmarks, pairs/s)
//        match-hugepages SIZE SHARED norm|all PAIRS   (huge-page copies against the mapped file, alternating in one process)
//        bdn [BenchmarkDotNet args]            (micro-benchmarks)
return args.FirstOrDefault() switch
{
    "import" => ImportBenchmark.Run(args[1..]),
    "phase" => ImportBenchmark.RunPhase(args[1..]),
    "match" => MatchBenchmark.Run(args[1..]),
    "baselines" => BaselineBenchmark.Run(args[1..]),
    "match-build" => MatchBenchmark.RunBuild(args[1..]),
    "match-query" => MatchBenchmark.RunQuery(args[1..]),
    "match-hugepages" => MatchBenchmark.RunHugePages(args[1..]),
    "match-batch" => MatchBenchmark.RunBatch(args[1..]),
    "match-loop" => MatchBenchmark.RunLoop(args[1..]),
    "scan-stats" => ScanStats.Run(args[1..]),
    "match-layout" => MatchBenchmark.RunLayout(args[1..]),
    "match-depth" => MatchBenchmark.RunDepth(args[1..]),
    "screen" => ScreenBenchmark.Run(args[1..]),
    "knockoffs" => KnockoffBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "bdn" => MicroBenchmarks.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: MarkScreen.Benchmarks import [--size 200MB] [--dir DIR] | bdn [BenchmarkDotNet options]");
    return 2;
}
