using System.CommandLine;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;

namespace MarkScreen.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Register files or folders: USPTO bulk XML (.xml or .zip), WIPO ST.66/ST.96 XML, CSV with a 'mark' column.",
            Arity = ArgumentArity.OneOrMore,
        };
        var office = new Option<string>("--office") { Description = "Office code for CSV rows that name none.", DefaultValueFactory = _ => "LIST" };
        var quiet = new Option<bool>("--quiet") { Description = "Print only problems." };
        var noIndex = new Option<bool>("--no-index") { Description = "Do not rebuild the matching index after a change." };
        var command = new Command("import", "Load trademark records into the store; the format of each file is detected from its content.")
        {
            db, inputs, office, quiet, noIndex,
        };
        command.SetAction((parse, cancel) =>
        {
            var files = ImportRunner.ExpandInputs(parse.GetValue(inputs)!, out var missing);
            foreach (var m in missing) Console.Error.WriteLine($"{m}: no such file or folder");
            if (files.Count == 0) return Task.FromResult(ExitCodes.Error);
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName);
            var summaries = ImportRunner.Run(store, files, new ImportOptions { DefaultOffice = parse.GetValue(office)! }, parse.GetValue(quiet), cancel,
                rebuildIndex: !parse.GetValue(noIndex));
            var usable = summaries.Sum(s => s.Usable);
            return Task.FromResult(usable > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable);
        });
        return command;
    }
}
