using System.CommandLine;
using System.Text;
using MarkScreen.Index;
using MarkScreen.Judging;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using MarkScreen.Screening;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static class ScreenCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var input = new Option<FileInfo>("--input") { Description = "Listings: CSV with a header row, or JSON Lines.", Required = true };
        var id = new Option<string?>("--id-column") { Description = "Column holding the listing id (default: found by name; else the row number)." };
        var title = new Option<string?>("--title-column") { Description = "Column holding the title (default: found by name)." };
        var description = new Option<string?>("--description-column") { Description = "Column holding the description." };
        var category = new Option<string?>("--category-column") { Description = "Column holding the category path." };
        var brand = new Option<string?>("--brand-column") { Description = "Column holding the listing's brand." };
        var seller = new Option<string?>("--seller-column") { Description = "Column holding the seller's name." };
        var format = new Option<string>("--format") { Description = "jsonl, csv or html.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "html");
        var output = new Option<FileInfo?>("--out") { Description = "Write here (default: standard output; html needs a file)." };
        var minRisk = new Option<string>("--min-risk") { Description = "Leave out findings below: low, medium or high.", DefaultValueFactory = _ => "low" };
        minRisk.AcceptOnlyFromAmong("low", "medium", "high");
        var threads = new Option<int?>("--threads") { Description = "Screening threads (default: every core)." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress or summary on the console." };
        var command = new Command("screen", "Screen a file of listings: every mark found, judged for goods, use and risk, with its evidence.")
        { db, input, id, title, description, category, brand, seller, format, output, minRisk, threads, quiet };
        command.SetAction((parse, cancel) =>
        {
            var columns = new ListingColumns(parse.GetValue(id), parse.GetValue(title), parse.GetValue(description), parse.GetValue(category), parse.GetValue(brand), parse.GetValue(seller));
            var options = new ScreenOptions(parse.GetValue(db)!.FullName, parse.GetValue(input)!.FullName, columns, parse.GetValue(format)!, parse.GetValue(output)?.FullName,
                Enum.Parse<RiskLevel>(parse.GetValue(minRisk)!, ignoreCase: true), parse.GetValue(threads), parse.GetValue(quiet));
            return Task.FromResult(Run(options, cancel));
        });
        return command;
    }

    internal sealed record ScreenOptions(string Db, string Input, ListingColumns Columns, string Format, string? Output, RiskLevel MinRisk, int? Threads, bool Quiet);

    internal static int Run(ScreenOptions o, CancellationToken cancel)
    {
        if (!File.Exists(o.Input))
        {
            Console.Error.WriteLine($"{o.Input}: no such file");
            return ExitCodes.Error;
        }
        if (o.Format == "html" && o.Output is null)
        {
            Console.Error.WriteLine("--format html needs --out <file.html>");
            return ExitCodes.Error;
        }
        using var store = MarkStore.Open(o.Db, readOnly: true);
        var indexPath = MarkStore.DefaultIndexPath(store.Path);
        using var index = IndexCommand.Open(store, indexPath, HotSections.All);
        using var records = new StoreRecords(store);
        using var screener = new Screener(index, records) { MinRisk = o.MinRisk };
        // Write-then-rename: a cancelled or failed run never leaves a half report where a finished one is expected.
        var temp = o.Output is null ? null : o.Output + ".tmp";
        TextWriter text = temp is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16);
        IScreenWriter writer = o.Format switch
        {
            "csv" => new CsvFindingWriter(text),
            "html" => new HtmlReportWriter(text, $"MarkScreen report: {Path.GetFileName(o.Input)}"),
            _ => new JsonLinesWriter(text),
        };
        var interactive = !o.Quiet && !Console.IsErrorRedirected && temp is not null && AnsiConsole.Profile.Capabilities.Interactive;
        var inputSize = new FileInfo(o.Input).Length;
        ScreenSummary summary;
        try
        {
            using (writer)
            {
                if (interactive)
                {
                    summary = null!;
                    AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                        .Start(ctx =>
                        {
                            var task = ctx.AddTask($"screening {Path.GetFileName(o.Input)}", maxValue: Math.Max(1, inputSize));
                            using var stream = File.OpenRead(o.Input);
                            summary = ScreenRun.Run(ListingReader.Read(stream, Path.GetFileName(o.Input), o.Columns), screener, writer, o.MinRisk, o.Threads,
                                s =>
                                {
                                    task.Value = Math.Min(inputSize, stream.Position);
                                    task.Description = $"screening {Path.GetFileName(o.Input)}: {s.Listings:N0} listings";
                                }, cancel);
                            task.Value = inputSize;
                        });
                }
                else
                {
                    var nextReport = 100_000L;
                    summary = ScreenRun.Run(ListingReader.Read(o.Input, o.Columns), screener, writer, o.MinRisk, o.Threads, s =>
                    {
                        if (o.Quiet || s.Listings < nextReport) return;
                        nextReport += 100_000;
                        Console.Error.WriteLine($"{s.Listings:N0} listings screened, {s.Findings:N0} findings ({s.Elapsed.TotalSeconds:N0} s)");
                    }, cancel);
                }
                summary.Input = Path.GetFileName(o.Input);
                summary.Register = Path.GetFileName(o.Db);
            }
            if (temp is not null) File.Move(temp, o.Output!, overwrite: true);
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.Error;
        }
        finally
        {
            if (temp is not null && File.Exists(temp)) File.Delete(temp);
        }
        if (!o.Quiet) PrintSummary(summary, o.Output);
        return summary.Listings > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable;
    }

    /// <summary>The run's summary, on standard error by default: standard output may be carrying the findings.</summary>
    internal static void PrintSummary(ScreenSummary s, string? output, TextWriter? to = null)
    {
        var writer = to ?? Console.Error;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (writer == Console.Error ? Console.IsErrorRedirected : Console.IsOutputRedirected) console.Profile.Width = 200;
        var rate = s.Elapsed.TotalSeconds > 0 ? s.Listings / s.Elapsed.TotalSeconds : 0;
        console.MarkupLine($"[bold]{s.Listings:N0}[/] listings screened in {s.Elapsed.TotalSeconds:N1} s ({rate:N0}/s); {s.ListingsWithFindings:N0} with findings: "
            + $"[red]{s.ByRisk[RiskLevel.High]:N0} high[/], [darkorange]{s.ByRisk[RiskLevel.Medium]:N0} medium[/], {s.ByRisk[RiskLevel.Low]:N0} low.");
        var top = s.TopMarks(10).ToList();
        if (top.Count > 0) console.MarkupLine("Top marks (medium and high): " + Markup.Escape(string.Join(", ", top.Select(t => $"{t.Mark} {t.Count:N0}"))));
        if (s.IssueCount > 0)
        {
            console.MarkupLine($"[yellow]{s.IssueCount:N0} rows skipped[/]:");
            foreach (var i in s.Issues.Take(20)) console.WriteLine("  " + i);
            if (s.IssueCount > 20) console.WriteLine($"  … {s.IssueCount - 20:N0} more");
        }
        if (output is not null) console.MarkupLine($"Report: [blue]{Markup.Escape(output)}[/]");
    }
}
