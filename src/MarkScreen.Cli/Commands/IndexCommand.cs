using System.CommandLine;
using System.Diagnostics;
using MarkScreen.Index;
using MarkScreen.Registers.Store;

namespace MarkScreen.Cli.Commands;

internal static class IndexCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var output = new Option<FileInfo?>("--out") { Description = "Index file (default: beside the store, .msidx)." };
        var command = new Command("index", "Compile the live word marks of the store into the matching index (saved, memory-mapped on use).") { db, output };
        command.SetAction(parse =>
        {
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName, readOnly: true);
            var path = parse.GetValue(output)?.FullName ?? MarkStore.DefaultIndexPath(store.Path);
            Build(store, path);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The store's index, built first when missing or from an older format (with a line on standard error). Commands
    /// that match many texts name the <paramref name="hot"/> sections to copy into huge pages (see MarkIndex.UseHugePages);
    /// one-off look-ups read the mapped file alone.
    /// </summary>
    public static MarkIndex Open(MarkStore store, string path, HotSections hot = HotSections.None)
    {
        var index = MarkIndex.Open(path, store.LiveWordMarks, message => Console.Error.WriteLine(message));
        try
        {
            index.UseHugePages(hot);
        }
        catch
        {
            index.Dispose();
            throw;
        }
        return index;
    }

    public static void Build(MarkStore store, string path)
    {
        var sw = Stopwatch.StartNew();
        using var index = MarkIndex.Build(store.LiveWordMarks());
        index.Save(path);
        Console.Error.WriteLine($"index {path}: {index.MarkCount:N0} live word marks, {index.PatternCount:N0} distinct spellings, "
            + $"{index.StateCount:N0} automaton states, {new FileInfo(path).Length / 1e6:N1} MB, built in {sw.Elapsed.TotalSeconds:N1} s");
    }
}
