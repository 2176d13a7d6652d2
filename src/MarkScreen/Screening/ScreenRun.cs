using MarkScreen.Judging;
using MarkScreen.Reporting;

namespace MarkScreen.Screening;

/// <summary>One step of a screening run, in input order: a screened listing (and its output, rendered on a screening
/// thread when a renderer was given), or a row that was skipped.</summary>
public readonly record struct ScreenedItem(ListingResult? Result, string? Rendered, ListingIssue? Issue);

/// <summary>
/// Screens a stream of listings on every core with flat memory: listings are taken in batches, each batch is
/// screened in parallel, and its results come out in input order before the next batch is read.
/// </summary>
public static class ScreenRun
{
    public const int BatchSize = 512;

    /// <summary>How many listings one call of <see cref="Screener.Screen(ReadOnlySpan{Listing})"/> takes: enough texts for the matcher's lanes, and enough calls per batch to keep every core busy.</summary>
    public const int ListingsPerCall = 32;

    /// <summary>
    /// The batching itself, for any consumer (the screen command's writers, the server's streamed response): skipped
    /// rows as soon as they are read, listings batch by batch in input order. <paramref name="render"/> runs on the
    /// screening threads, so formatting output is parallel too.
    /// </summary>
    public static IEnumerable<ScreenedItem> Screen(IEnumerable<ListingRead> input, Screener screener, Func<ListingResult, string>? render = null,
        int? threads = null, CancellationToken cancel = default)
    {
        var batch = new List<Listing>(BatchSize);
        var results = new ListingResult[BatchSize];
        var rendered = new string?[BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancel };
        foreach (var read in input)
        {
            if (read.Issue is { } issue) yield return new ScreenedItem(null, null, issue);
            if (read.Listing is { } listing) batch.Add(listing);
            if (batch.Count < BatchSize) continue;
            foreach (var item in Flush()) yield return item;
        }
        foreach (var item in Flush()) yield return item;

        IEnumerable<ScreenedItem> Flush()
        {
            if (batch.Count == 0) yield break;
            InParallel(batch, screener, parallel, (i, result) =>
            {
                results[i] = result;
                rendered[i] = render?.Invoke(result);
            });
            for (var i = 0; i < batch.Count; i++)
            {
                yield return new ScreenedItem(results[i], rendered[i], null);
                results[i] = null!;
                rendered[i] = null;
            }
            batch.Clear();
        }
    }

    /// <summary>
    /// Screens <paramref name="listings"/> on the cores <paramref name="parallel"/> allows, <see cref="ListingsPerCall"/>
    /// at a time, so that their texts are matched in one batch call; <paramref name="done"/> gets each result with its
    /// place in the list, on the screening threads.
    /// </summary>
    public static void InParallel(List<Listing> listings, Screener screener, ParallelOptions parallel, Action<int, ListingResult> done) =>
        Parallel.For(0, (listings.Count + ListingsPerCall - 1) / ListingsPerCall, parallel, c =>
        {
            var start = c * ListingsPerCall;
            var screened = screener.Screen(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(listings).Slice(start, Math.Min(ListingsPerCall, listings.Count - start)));
            for (var i = 0; i < screened.Length; i++) done(start + i, screened[i]);
        });

    /// <summary>A whole run into <paramref name="writer"/>, with the summary; <paramref name="progress"/> after each batch.</summary>
    public static ScreenSummary Run(IEnumerable<ListingRead> input, Screener screener, IScreenWriter writer, RiskLevel minRisk,
        int? threads = null, Action<ScreenSummary>? progress = null, CancellationToken cancel = default)
    {
        var summary = new ScreenSummary();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var parallelWriter = writer as IParallelScreenWriter;
        Func<ListingResult, string>? render = parallelWriter is null ? null : r => parallelWriter.Render(r, minRisk);
        foreach (var item in Screen(input, screener, render, threads, cancel))
        {
            if (item.Issue is { } issue)
            {
                summary.Add(issue);
                continue;
            }
            summary.Add(item.Result!);
            if (parallelWriter is not null) parallelWriter.WriteRendered(item.Rendered!);
            else writer.Write(item.Result!, minRisk);
            if (summary.Listings % BatchSize == 0) Progress();
        }
        Progress();
        writer.Finish(summary);
        return summary;

        void Progress()
        {
            summary.Elapsed = watch.Elapsed;
            progress?.Invoke(summary);
        }
    }
}
