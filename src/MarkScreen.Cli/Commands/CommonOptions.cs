using System.CommandLine;

namespace MarkScreen.Cli.Commands;

internal static class CommonOptions
{
    public static Option<FileInfo> Db(bool required = true) => new("--db")
    {
        Description = "The MarkScreen store (a SQLite file; created by import).",
        Required = required,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };
}
