using System.CommandLine;
using System.Text.Json;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Counts by status, class and office.") { db, json };
        command.SetAction(parse =>
        {
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName, readOnly: true);
            var stats = store.Stats();
            if (parse.GetValue(json))
            {
                static Dictionary<string, long> D(IReadOnlyList<(string Key, long Count)> rows) => rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    total = stats.Total,
                    by_liveness = D(stats.ByLiveness),
                    by_status = D(stats.ByStatus),
                    by_class = D(stats.ByClass),
                    by_office = D(stats.ByOffice),
                    by_format = D(stats.ByFormat),
                    without_words = stats.WithoutWords,
                    imports = stats.Imports,
                    last_import = stats.LastImport,
                }, JsonDefaults.Options));
                return ExitCodes.Ok;
            }
            Print(stats);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Print(StoreStats stats)
    {
        AnsiConsole.MarkupLine($"[bold]{stats.Total:N0}[/] records ({stats.WithoutWords:N0} without a word element), {stats.Imports:N0} file imports, last {Markup.Escape(stats.LastImport ?? "never")}");
        var layout = new Columns(
            Breakdown("liveness", stats.ByLiveness),
            Breakdown("office", stats.ByOffice),
            Breakdown("source format", stats.ByFormat),
            Breakdown("status", stats.ByStatus),
            Breakdown("Nice class", stats.ByClass));
        AnsiConsole.Write(layout);
    }

    private static Table Breakdown(string title, IReadOnlyList<(string Key, long Count)> rows)
    {
        var t = new Table().Border(TableBorder.Rounded).AddColumn(title).AddColumn(new TableColumn("records").RightAligned());
        foreach (var (k, n) in rows) t.AddRow(Markup.Escape(k), n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        return t;
    }
}
