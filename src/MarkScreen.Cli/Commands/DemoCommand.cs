using System.CommandLine;
using MarkScreen.Marks;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

/// <summary>
/// The README's first command: builds a register from the real records that ship with MarkScreen (USPTO bulk XML,
/// TSDR ST.66/ST.96), shows what was read, looks up a few marks and matches a few listing titles against the
/// register's live word marks, with no set-up beyond the .NET SDK.
/// </summary>
internal static class DemoCommand
{
    private static readonly string[] s_titles =
    [
        "Laptop sleeve for Intel Ultrabook 14 inch, MySQL and Python developer stickers",
        "ULTRAB00K 13.3 cover - fits all pyth0n dev kits",
        "J a v a coffee mug for programmers",
    ];

    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the demo store and reports.",
            DefaultValueFactory = _ => new DirectoryInfo("markscreen-demo"),
        };
        var command = new Command("demo", "Import the shipped real sample register and show what MarkScreen makes of it.") { dir };
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
            AnsiConsole.MarkupLine($"[bold]MarkScreen demo[/]: building the register [blue]{Markup.Escape(dbPath)}[/] from real USPTO records");
            using var store = MarkStore.Open(dbPath);
            var files = ImportRunner.ExpandInputs([Path.Combine(samples, "uspto-bulk"), Path.Combine(samples, "tsdr")], out _);
            var summaries = ImportRunner.Run(store, files, new ImportOptions(), quiet: false, cancel);
            AnsiConsole.WriteLine();
            StatsCommand.Print(store.Stats());
            AnsiConsole.WriteLine();
            foreach (var id in new[] { "rn2178784", "sn77478018" })
            {
                AnsiConsole.Write(new Rule($"markscreen marks show --db {Markup.Escape(dbPath)} {id}").LeftJustified());
                if (MarkId.TryParse(id, out var markId))
                    foreach (var m in store.Find(markId)) MarkPrinter.Print(m);
            }
            // A few listing titles run through the index the import keeps beside the register (with the disguises
            // counterfeit listings use), to show what `markscreen match` reports.
            using (var index = MarkScreen.Index.MarkIndex.Load(MarkStore.DefaultIndexPath(dbPath)))
            {
                var matcher = new MarkScreen.Matching.MarkMatcher(index);
                foreach (var title in s_titles)
                {
                    AnsiConsole.Write(new Rule($"markscreen match --db {Markup.Escape(dbPath)} \"{Markup.Escape(title)}\"").LeftJustified());
                    foreach (var hit in matcher.Find(title))
                    {
                        var info = index.Mark(hit.Marks[0]);
                        AnsiConsole.MarkupLine($"  [bold]{Markup.Escape(hit.MarkText)}[/] {hit.Kind.ToString().ToLowerInvariant()} "
                            + $"\"{Markup.Escape(hit.MatchedText(title))}\" → {info.Office} serial {info.SerialNumber}"
                            + (info.RegistrationNumber is null ? "" : $", reg. {info.RegistrationNumber}") + $", classes {string.Join(",", info.NiceClasses)}");
                    }
                }
            }
            AnsiConsole.MarkupLine($"Store: [blue]{Markup.Escape(dbPath)}[/] ({summaries.Sum(s => s.Usable)} records read from {files.Count} files). "
                + "Run the demo again: every file reports 'no changes'.");
            return Task.FromResult(summaries.Sum(s => s.Usable) > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable);
        });
        return command;
    }
}
