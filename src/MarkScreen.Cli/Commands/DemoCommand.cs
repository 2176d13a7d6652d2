using System.CommandLine;
using System.Text;
using MarkScreen.Index;
using MarkScreen.Judging;
using MarkScreen.Marks;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using MarkScreen.Screening;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

/// <summary>
/// The README's first command: builds a register from what ships with MarkScreen (real USPTO bulk XML and TSDR
/// ST.66/ST.96 records, seed marks from public facts, two open brand lists), screens real marketplace listings
/// (Snapdeal, Amazon UK) and the seed stories against it, writes the HTML report and prints a summary. No set-up
/// beyond the .NET SDK.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the demo store and report.",
            DefaultValueFactory = _ => new DirectoryInfo("markscreen-demo"),
        };
        var command = new Command("demo", "Build a register from the shipped real samples, screen real listings against it and write an HTML report.") { dir };
        command.SetAction((parse, cancel) =>
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            if (!Directory.Exists(samples))
            {
                Console.Error.WriteLine($"Sample data not found at {samples}; reinstall MarkScreen.");
                return Task.FromResult(ExitCodes.Error);
            }
            var outDir = parse.GetValue(dir)!;
            outDir.Create();
            var dbPath = Path.Combine(outDir.FullName, "register.db");
            AnsiConsole.MarkupLine($"[bold]MarkScreen demo[/]: building the register [blue]{Markup.Escape(dbPath)}[/] from real USPTO records, seed marks and brand lists");
            using var store = MarkStore.Open(dbPath);
            var files = ImportRunner.ExpandInputs(new[] { "uspto-bulk", "tsdr", "seeds", "brands" }.Select(d => Path.Combine(samples, d)), out _);
            var summaries = ImportRunner.Run(store, files, new ImportOptions(), quiet: false, cancel);
            AnsiConsole.WriteLine();
            StatsCommand.Print(store.Stats());
            foreach (var id in new[] { "rn2178784" })
            {
                AnsiConsole.Write(new Rule($"markscreen marks show --db {Markup.Escape(dbPath)} {id}").LeftJustified());
                if (MarkId.TryParse(id, out var markId))
                    foreach (var m in store.Find(markId)) MarkPrinter.Print(m);
            }

            var listings = Path.Combine(samples, "listings");
            var inputs = new[] { "seed-stories.csv", "snapdeal-100.csv", "amazon-uk-400.csv" }.Select(f => Path.Combine(listings, f)).ToList();
            var report = Path.Combine(outDir.FullName, "report.html");
            AnsiConsole.Write(new Rule($"markscreen screen --db {Markup.Escape(dbPath)} --input <listings> --format html --min-risk medium").LeftJustified());
            var summary = Screen(store, dbPath, inputs, report, cancel);
            ScreenCommand.PrintSummary(summary, null, Console.Out);
            AnsiConsole.MarkupLine($"Report: [blue link]{Markup.Escape(report)}[/] (open it in a browser)");
            AnsiConsole.MarkupLine($"Store: [blue]{Markup.Escape(dbPath)}[/] ({summaries.Sum(s => s.Usable)} records read from {files.Count} files); run the demo again and every file reports 'no changes'.");
            return Task.FromResult(summaries.Sum(s => s.Usable) > 0 && summary.Listings > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable);
        });
        return command;
    }

    /// <summary>Screens every input into one HTML report (medium and high findings), printing the riskiest on the console.</summary>
    private static ScreenSummary Screen(MarkStore store, string dbPath, IReadOnlyList<string> inputs, string report, CancellationToken cancel)
    {
        using var index = IndexCommand.Open(store, MarkStore.DefaultIndexPath(dbPath), HotSections.All);
        using var records = new StoreRecords(store);
        using var screener = new Screener(index, records) { MinRisk = RiskLevel.Medium };
        var temp = report + ".tmp";
        var top = new List<(double Score, string Mark, string Line)>();
        ScreenSummary summary;
        using (var html = new HtmlReportWriter(new StreamWriter(temp, false, new UTF8Encoding(false)), "MarkScreen demo report"))
        {
            // Listing ids carry their file, so rows numbered alike in two files stay apart.
            var reads = inputs.SelectMany(file => ListingReader.Read(file, new ListingColumns()).Select(r =>
                r.Listing is { } l ? r with { Listing = l with { Id = $"{Path.GetFileNameWithoutExtension(file)}:{l.Id}" } } : r));
            summary = ScreenRun.Run(reads, screener, new Tee(html, top), RiskLevel.Medium, cancel: cancel);
            summary.Input = string.Join(", ", inputs.Select(Path.GetFileName));
            summary.Register = Path.GetFileName(dbPath);
            html.Finish(summary);
        }
        File.Move(temp, report, overwrite: true);
        var table = new Table().Border(TableBorder.Rounded).Title("Riskiest findings");
        foreach (var h in new[] { "risk", "listing", "mark", "why" }) table.AddColumn(h);
        // The riskiest finding of each mark, so one licensed brand with many listings does not fill the table.
        foreach (var (_, _, line) in top.GroupBy(t => t.Mark).Select(g => g.MaxBy(t => t.Score)).OrderByDescending(t => t.Score).Take(10))
        {
            var parts = line.Split('\t');
            table.AddRow(parts.Select(Markup.Escape).ToArray());
        }
        AnsiConsole.Write(table);
        return summary;
    }

    /// <summary>Passes results to the HTML writer and keeps the high findings for the console table.</summary>
    private sealed class Tee(HtmlReportWriter html, List<(double, string, string)> top) : IScreenWriter
    {
        public void Write(ListingResult result, RiskLevel minRisk)
        {
            html.Write(result, minRisk);
            foreach (var f in result.Findings.Where(f => f.Risk == RiskLevel.High))
                top.Add((f.Score, f.Mark, $"{f.Risk.ToString().ToLowerInvariant()} {f.Score:0.00}\t{Clip(result.Listing.Title, 60)}\t{f.Mark} ({f.MatchKind.ToString().ToLowerInvariant()}, {f.Use.ToString().ToLowerInvariant()})\t{Clip(f.Reasons.Count > 2 ? f.Reasons[^3] : f.Reasons[0], 90)}"));
        }

        public void Finish(ScreenSummary summary) { }

        public void Dispose() { }

        private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
    }
}
