using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Cli.Commands;

/// <summary>Writes a synthetic USPTO daily file (for trying imports at scale, benchmarks and bug reports).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "File to write (.xml, or .zip for a zipped daily file).", Required = true };
        var size = new Option<string>("--size") { Description = "Target size, e.g. 50MB, 1GB.", DefaultValueFactory = _ => "10MB" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file).", DefaultValueFactory = _ => 1 };
        var broken = new Option<double>("--broken-rate") { Description = "Share of broken records (bad XML, status, date, serial).", DefaultValueFactory = _ => 0 };
        var duplicates = new Option<double>("--duplicate-rate") { Description = "Share of records repeating an earlier serial.", DefaultValueFactory = _ => 0 };
        var date = new Option<string>("--date") { Description = "File date (YYYY-MM-DD).", DefaultValueFactory = _ => "2024-09-25" };
        var uspto = new Command("uspto", "A USPTO daily trademark-applications XML file following the DTD.") { output, size, seed, broken, duplicates, date };
        uspto.SetAction(parse =>
        {
            if (!TryParseSize(parse.GetValue(size)!, out var bytes))
            {
                Console.Error.WriteLine($"--size: '{parse.GetValue(size)}' is not a size like 200MB");
                return ExitCodes.Error;
            }
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fileDate))
            {
                Console.Error.WriteLine("--date: expected YYYY-MM-DD");
                return ExitCodes.Error;
            }
            var file = parse.GetValue(output)!;
            var generator = new UsptoDailyFileGenerator(parse.GetValue(seed))
            {
                BrokenRate = parse.GetValue(broken),
                DuplicateRate = parse.GetValue(duplicates),
            };
            GeneratedFileInfo info;
            var temp = file.FullName + ".tmp";
            using (var stream = File.Create(temp))
            {
                if (file.Extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
                    using var entry = zip.CreateEntry(Path.ChangeExtension(file.Name, ".xml"), CompressionLevel.Fastest).Open();
                    info = generator.Write(entry, bytes, fileDate);
                }
                else
                {
                    info = generator.Write(stream, bytes, fileDate);
                }
            }
            File.Move(temp, file.FullName, overwrite: true);
            Console.Out.WriteLine($"{file.FullName}: {info.Records:N0} records ({info.Broken:N0} broken, {info.Duplicates:N0} duplicate serials), {info.Bytes / 1e6:N1} MB of XML");
            return ExitCodes.Ok;
        });
        var command = new Command("generate", "Write synthetic register files for tests and benchmarks.");
        command.Subcommands.Add(uspto);
        return command;
    }

    internal static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var t = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, mult) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = mult;
                t = t[..^suffix.Length];
                break;
            }
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0) return false;
        bytes = (long)(n * unit);
        return true;
    }
}
