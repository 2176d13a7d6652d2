using System.CommandLine;
using System.Text.Json;
using MarkScreen.Index;
using MarkScreen.Matching;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static class MatchCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var indexPath = new Option<FileInfo?>("--index") { Description = "Index file (default: beside the store; built if missing)." };
        var text = new Argument<string>("text") { Description = "The listing text to match, e.g. a product title." };
        var command = new Command("match", "Print every registered mark found in a text, with its span and how it matched.") { db, json, indexPath, text };
        command.SetAction(parse =>
        {
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName, readOnly: true);
            var path = parse.GetValue(indexPath)?.FullName ?? MarkStore.DefaultIndexPath(store.Path);
            using var index = IndexCommand.Open(store, path);
            var input = parse.GetValue(text)!;
            var hits = new MarkMatcher(index).Find(input);
            var rows = hits.Select(h => Describe(h, input, index, store)).ToList();
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { text = input, matches = rows }, JsonDefaults.Options));
            }
            else if (rows.Count == 0)
            {
                AnsiConsole.MarkupLine("[green]no registered mark found[/]");
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var h in new[] { "mark", "kind", "matched", "at", "registrations (office:serial/reg, owner, classes)" }) table.AddColumn(h);
                foreach (var r in rows)
                {
                    var distance = r.Spans.Max(s => s.EditDistance);
                    table.AddRow(Markup.Escape(r.Mark) + (r.DictionaryWord ? " [grey](dictionary word)[/]" : ""),
                        r.Kind.ToString().ToLowerInvariant() + (distance > 0 ? $" ({distance} edit{(distance > 1 ? "s" : "")})" : ""),
                        Markup.Escape(string.Join(" | ", r.Spans.Select(s => s.MatchedText))),
                        string.Join(", ", r.Spans.Select(s => $"{s.Start}+{s.Length}{(s.InsideWord ? " (in word)" : "")}")),
                        Markup.Escape(string.Join("\n", r.Registrations.Take(5).Select(g => $"{g.Office}:{g.SerialNumber}{(g.RegistrationNumber is null ? "" : "/" + g.RegistrationNumber)} {g.Owner} [{string.Join(",", g.NiceClasses)}]"))
                            + (r.Registrations.Count > 5 ? $"\n… {r.Registrations.Count - 5} more" : "")));
                }
                AnsiConsole.Write(table);
            }
            return rows.Count > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable;
        });
        return command;
    }

    private static MatchRow Describe(MarkHit hit, string text, MarkIndex index, MarkStore store)
    {
        var registrations = hit.Marks.Select(m =>
        {
            var info = index.Mark(m);
            var owner = store.Get(info.StoreId)?.Record.CurrentOwner?.Name;
            return new Registration(info.Office, info.SerialNumber, info.RegistrationNumber, owner, info.NiceClasses);
        }).ToList();
        var spans = hit.Spans.Select(s => new SpanRow(text.Substring(s.Start, s.Length), s.Start, s.Length, s.Kind, s.InsideWord, s.WordPosition, s.Plural, s.EditDistance)).ToList();
        return new MatchRow(hit.MarkText, hit.Kind, hit.MarkLength, hit.MarkWords, hit.IsDictionaryWord, spans, registrations);
    }

    private sealed record MatchRow(string Mark, MatchKind Kind, int MarkLength, int MarkWords, bool DictionaryWord, IReadOnlyList<SpanRow> Spans, IReadOnlyList<Registration> Registrations);

    private sealed record SpanRow(string MatchedText, int Start, int Length, MatchKind Kind, bool InsideWord, int WordPosition, bool Plural, int EditDistance);

    private sealed record Registration(string Office, string SerialNumber, string? RegistrationNumber, string? Owner, IReadOnlyList<int> NiceClasses);
}
