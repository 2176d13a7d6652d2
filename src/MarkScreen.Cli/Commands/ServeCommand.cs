using System.CommandLine;
using MarkScreen.Registers.Store;
using MarkScreen.Server;
using Microsoft.Extensions.Hosting;

namespace MarkScreen.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Serve the HTTP API and web UI over a register (writes need MARKSCREEN_API_KEY).") { db, urls };
        command.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(db)!.FullName;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"No MarkScreen store at {path} (run 'markscreen import' or 'markscreen demo' first).");
                return ExitCodes.Error;
            }
            var indexPath = MarkStore.DefaultIndexPath(path);
            if (!File.Exists(indexPath))
            {
                using var store = MarkStore.Open(path, readOnly: true);
                IndexCommand.Build(store, indexPath);
            }
            await using var app = ServerHost.Build(new ServerSettings(path, parse.GetValue(urls)!));
            await app.StartAsync(cancel);
            Console.WriteLine($"MarkScreen is serving {Path.GetFileName(path)} at {string.Join(", ", app.Urls)} (web UI at /, API under /api, OpenAPI at /openapi/v1.json); Ctrl+C stops.");
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Ok;
        });
        return command;
    }
}
