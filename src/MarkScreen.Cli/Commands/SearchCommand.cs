using System.CommandLine;
using System.Text.Json;
using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using MarkScreen.Screening;
using MarkScreen.Search;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var text = new Argument<string>("text") { Description = "The mark or word to clear." };
        var classes = new Option<int[]>("--class") { Description = "Only marks in these Nice classes (repeatable).", AllowMultipleArgumentsPerToken = true };
        var status = new Option<string>("--status") { Description = "live, dead or all.", DefaultValueFactory = _ => "live" };
        status.AcceptOnlyFromAmong("live", "dead", "all");
        var owner = new Option<string?>("--owner") { Description = "Only marks whose current owner's name contains this." };
        var limit = new Option<int>("--limit") { Description = "How many marks to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Clearance search: marks ranked by similarity to a text, with why each ranks.") { db, json, text, classes, status, owner, limit };
        command.SetAction(parse =>
        {
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName, readOnly: true);
            var indexPath = MarkStore.DefaultIndexPath(store.Path);
            using var index = IndexCommand.Open(store, indexPath);
            using var records = new StoreRecords(store);
            using var search = new ClearanceSearch(index, records);
            var query = parse.GetValue(text)!;
            Liveness? wanted = parse.GetValue(status) switch { "dead" => Liveness.Dead, "all" => null, _ => Liveness.Live };
            var hits = search.Search(new SearchQuery(query, parse.GetValue(classes), parse.GetValue(owner), Limit: parse.GetValue(limit), Status: wanted));
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { query, hits }, JsonDefaults.Options));
                return hits.Count > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable;
            }
            if (hits.Count == 0)
            {
                AnsiConsole.MarkupLine("[green]no similar mark found[/]");
                return ExitCodes.NothingUsable;
            }
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var h in new[] { "score", "mark", "how", "office:serial/reg", "owner", "classes", "status" }) table.AddColumn(h);
            foreach (var h in hits)
                table.AddRow($"{h.Score:0.00}", Markup.Escape(h.Mark), Markup.Escape($"{h.How}: {h.Why}"), Markup.Escape($"{h.Office}:{h.SerialNumber}{(h.RegistrationNumber is null ? "" : "/" + h.RegistrationNumber)}"),
                    Markup.Escape(h.Owner ?? ""), string.Join(",", h.Classes), Markup.Escape(h.Status ?? h.Liveness.ToString()));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
