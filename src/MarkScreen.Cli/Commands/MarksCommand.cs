using System.CommandLine;
using System.Text.Json;
using MarkScreen.Marks;
using MarkScreen.Registers.Store;
using MarkScreen.Reporting;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static class MarksCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var id = new Argument<string>("id") { Description = "Serial number (sn77478018 or 77478018) or registration number (rn2178784)." };
        var show = new Command("show", "Print one record with all its fields.") { db, json, id };
        show.SetAction(parse =>
        {
            if (!MarkId.TryParse(parse.GetValue(id), out var markId))
            {
                Console.Error.WriteLine($"'{parse.GetValue(id)}' is not a serial (sn…) or registration (rn…) number.");
                return ExitCodes.Error;
            }
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName, readOnly: true);
            var found = store.Find(markId);
            if (found.Count == 0)
            {
                Console.Error.WriteLine($"No record with {(markId.Kind == MarkIdKind.Registration ? "registration" : "serial")} number {markId.Number}.");
                return ExitCodes.NothingUsable;
            }
            if (parse.GetValue(json))
            {
                var payload = found.Select(m => new { id = m.Id, imported_at = m.ImportedAt, record = m.Record, filing_basis_names = FilingBasisNames.Describe(m.Record.FilingBasis) });
                Console.Out.WriteLine(JsonSerializer.Serialize(found.Count == 1 ? (object)payload.First() : payload, JsonDefaults.Options));
            }
            else
            {
                foreach (var m in found) MarkPrinter.Print(m);
            }
            return ExitCodes.Ok;
        });
        var command = new Command("marks", "Look at records in the store.");
        command.Subcommands.Add(show);
        return command;
    }
}
