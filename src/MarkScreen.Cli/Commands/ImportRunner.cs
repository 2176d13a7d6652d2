using MarkScreen.Registers;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

/// <summary>
/// Runs an import over several files with a progress bar on a terminal and plain lines otherwise, prints the
/// per-file summary, and keeps the matching index in step with the store. Shared by import, fetch and demo.
/// </summary>
internal static class ImportRunner
{
    public static List<ImportSummary> Run(MarkStore store, IReadOnlyList<string> files, ImportOptions options, bool quiet, CancellationToken cancel, bool rebuildIndex = true)
    {
        var summaries = Import(store, files, options, quiet, cancel);
        // The matching index is compiled from the store: rebuild it whenever an import changed something (or it is missing).
        var indexPath = MarkStore.DefaultIndexPath(store.Path);
        if (rebuildIndex && (summaries.Any(s => s.Committed && !s.ChangedNothing) || !File.Exists(indexPath)))
            IndexCommand.Build(store, indexPath);
        return summaries;
    }

    private static List<ImportSummary> Import(MarkStore store, IReadOnlyList<string> files, ImportOptions options, bool quiet, CancellationToken cancel)
    {
        var issues = new List<RegisterIssue>();
        var shown = 0;
        const int MaxShown = 50;
        var opts = options with
        {
            OnIssue = issue =>
            {
                if (shown++ < MaxShown) issues.Add(issue);
            },
        };
        var importer = new RegisterImporter(store, opts);
        var summaries = new List<ImportSummary>();
        var interactive = !quiet && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

        if (interactive)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    foreach (var file in files)
                    {
                        var task = ctx.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: Math.Max(1, new FileInfo(file).Length));
                        summaries.Add(importer.ImportFile(file, new Progress<long>(b => task.Value = b), cancel));
                        task.Value = task.MaxValue;
                    }
                });
        }
        else
        {
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (!quiet) Console.Error.WriteLine($"importing {name} ...");
                // Logs get a line per tenth of a large file, so a long import shows it is alive (and where it is).
                var size = new FileInfo(file).Length;
                var lastTenth = 0;
                var progress = size < (8 << 20) ? null : new InlineProgress(bytes =>
                {
                    var tenth = (int)(bytes * 10 / size);
                    if (tenth <= lastTenth || tenth >= 10) return;
                    lastTenth = tenth;
                    Console.Error.WriteLine($"{name}: {tenth * 10}% ({bytes >> 20} of {size >> 20} MB)");
                });
                summaries.Add(importer.ImportFile(file, progress, cancel));
            }
        }

        foreach (var issue in issues) Console.Error.WriteLine(issue.ToString());
        if (shown > MaxShown) Console.Error.WriteLine($"... and {shown - MaxShown} more issues (see the summary counts).");
        if (!quiet) PrintSummary(summaries);
        return summaries;
    }

    public static void PrintSummary(IReadOnlyList<ImportSummary> summaries)
    {
        if (Console.IsOutputRedirected)
        {
            // Plain, greppable lines for logs and scripts.
            foreach (var s in summaries)
            {
                Console.Out.WriteLine($"{s.File}: {s.Format ?? "?"}; read {s.Read}, inserted {s.Inserted}, updated {s.Updated}, "
                    + $"unchanged {s.Unchanged}, stale {s.Stale}, rejected {s.Rejected}, warnings {s.Warnings}; {Result(s)}");
            }
            if (summaries.Count > 1)
            {
                Console.Out.WriteLine($"total: {summaries.Count} files; read {summaries.Sum(s => s.Read)}, inserted {summaries.Sum(s => s.Inserted)}, "
                    + $"updated {summaries.Sum(s => s.Updated)}, unchanged {summaries.Sum(s => s.Unchanged)}, stale {summaries.Sum(s => s.Stale)}, "
                    + $"rejected {summaries.Sum(s => s.Rejected)}, warnings {summaries.Sum(s => s.Warnings)}");
            }
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("Import summary");
        foreach (var h in new[] { "file", "format", "read", "inserted", "updated", "unchanged", "stale", "rejected", "warnings", "result" })
            table.AddColumn(new TableColumn(h) { Alignment = h is "file" or "format" or "result" ? Justify.Left : Justify.Right });
        foreach (var s in summaries)
        {
            table.AddRow(
                Markup.Escape(s.File), Markup.Escape(s.Format ?? "?"), N(s.Read), N(s.Inserted), N(s.Updated), N(s.Unchanged), N(s.Stale),
                N(s.Rejected), N(s.Warnings), Markup.Escape(Result(s)));
        }
        if (summaries.Count > 1)
        {
            table.AddRow("[bold]total[/]", "", N(summaries.Sum(s => s.Read)), N(summaries.Sum(s => s.Inserted)), N(summaries.Sum(s => s.Updated)),
                N(summaries.Sum(s => s.Unchanged)), N(summaries.Sum(s => s.Stale)), N(summaries.Sum(s => s.Rejected)), N(summaries.Sum(s => s.Warnings)), "");
        }
        AnsiConsole.Write(table);
    }

    private static string Result(ImportSummary s) =>
        s.FileError ?? (!s.Committed ? "nothing usable; store unchanged"
            : !s.ChangedNothing ? "committed"
            : s.Unchanged > 0 ? "no changes (already imported)"
            : "no changes (the store holds later versions)");

    private static string N(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>Expands directories (sorted by name, so daily files apply in date order) and checks files exist.</summary>
    public static List<string> ExpandInputs(IEnumerable<string> inputs, out List<string> missing)
    {
        missing = [];
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(input))
                files.Add(input);
            else
                missing.Add(input);
        }
        return files;
    }
}
