using MarkScreen.Judging;
using MarkScreen.Reporting;

namespace MarkScreen.Screening;

/// <summary>
/// Screens a stream of listings on every core with flat memory: listings are taken in batches, each batch is
/// screened in parallel, and its results are written in input order before the next batch is read.
/// </summary>
public static class ScreenRun
{
    public const int BatchSize = 512;

    public static ScreenSummary Run(IEnumerable<ListingRead> input, Screener screener, IScreenWriter writer, RiskLevel minRisk,
        int? threads = null, Action<ScreenSummary>? progress = null, CancellationToken cancel = default)
    {
        var summary = new ScreenSummary();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var batch = new List<Listing>(BatchSize);
        var results = new ListingResult[BatchSize];
        var rendered = new string[BatchSize];
        var parallelWriter = writer as IParallelScreenWriter;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancel };
        foreach (var read in input)
        {
            if (read.Issue is { } issue) summary.Add(issue);
            if (read.Listing is { } listing) batch.Add(listing);
            if (batch.Count == BatchSize) Flush();
        }
        Flush();
        summary.Elapsed = watch.Elapsed;
        writer.Finish(summary);
        return summary;

        void Flush()
        {
            if (batch.Count == 0) return;
            Parallel.For(0, batch.Count, parallel, i =>
            {
                results[i] = screener.Screen(batch[i]);
                if (parallelWriter is not null) rendered[i] = parallelWriter.Render(results[i], minRisk);
            });
            for (var i = 0; i < batch.Count; i++)
            {
                summary.Add(results[i]);
                if (parallelWriter is not null) parallelWriter.WriteRendered(rendered[i]);
                else writer.Write(results[i], minRisk);
                results[i] = null!;
                rendered[i] = null!;
            }
            batch.Clear();
            summary.Elapsed = watch.Elapsed;
            progress?.Invoke(summary);
        }
    }
}
