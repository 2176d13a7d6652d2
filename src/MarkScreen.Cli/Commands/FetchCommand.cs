using System.CommandLine;
using System.Globalization;
using MarkScreen.Registers.Fetch;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;

namespace MarkScreen.Cli.Commands;

internal static class FetchCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var date = new Option<string?>("--date") { Description = "One day's file (YYYY-MM-DD)." };
        var from = new Option<string?>("--from") { Description = "First day of a range (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Last day of a range (YYYY-MM-DD); defaults to --from." };
        var apiKey = new Option<string?>("--api-key") { Description = "USPTO Open Data Portal API key (default: $USPTO_API_KEY)." };
        var dir = new Option<DirectoryInfo>("--dir") { Description = "Download folder.", DefaultValueFactory = _ => new DirectoryInfo("uspto-downloads") };
        var baseUrl = new Option<string>("--base-url") { Description = "Bulk-data API root.", DefaultValueFactory = _ => "https://api.uspto.gov" };
        var product = new Option<string>("--product") { Description = "TRTDXFAP (daily files) or TRTYRAP (annual backfile).", DefaultValueFactory = _ => "TRTDXFAP" };
        var noImport = new Option<bool>("--no-import") { Description = "Only download." };
        var retryDelay = new Option<double>("--retry-delay") { Description = "First retry delay in seconds (doubles each retry).", DefaultValueFactory = _ => 2 };
        var uspto = new Command("uspto", "Download USPTO bulk trademark files for a date or range and import them in date order.")
        {
            db, date, from, to, apiKey, dir, baseUrl, product, noImport, retryDelay,
        };
        uspto.SetAction(async (parse, cancel) =>
        {
            if (!TryRange(parse.GetValue(date), parse.GetValue(from), parse.GetValue(to), out var first, out var last, out var error))
            {
                Console.Error.WriteLine(error);
                return ExitCodes.Error;
            }
            if (!Uri.TryCreate(parse.GetValue(baseUrl), UriKind.Absolute, out var root))
            {
                Console.Error.WriteLine("--base-url: not an absolute URL");
                return ExitCodes.Error;
            }
            var options = new UsptoBulkOptions
            {
                BaseUrl = root,
                Product = parse.GetValue(product)!,
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("USPTO_API_KEY"),
                RetryDelay = TimeSpan.FromSeconds(parse.GetValue(retryDelay)),
                OnRetry = message => Console.Error.WriteLine(message),
            };
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            var client = new UsptoBulkClient(http, options);
            List<string> downloaded = [];
            try
            {
                var files = await client.ListFilesAsync(first, last, cancel);
                if (files.Count == 0)
                {
                    Console.Error.WriteLine($"{options.Product}: no files for {first:yyyy-MM-dd}..{last:yyyy-MM-dd}");
                    return ExitCodes.NothingUsable;
                }
                foreach (var file in files)
                {
                    var result = await client.DownloadAsync(file, parse.GetValue(dir)!.FullName, null, cancel);
                    Console.Error.WriteLine($"{file.Name}: {(result.Downloaded ? "downloaded" : "already here")}{(result.Resumed ? " (resumed)" : "")}, {new FileInfo(result.Path).Length:N0} bytes");
                    downloaded.Add(result.Path);
                }
            }
            catch (Exception ex) when (ex is BulkHttpException or HttpRequestException or IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"fetch failed: {ex.Message}");
                return ExitCodes.Error;
            }
            if (parse.GetValue(noImport)) return ExitCodes.Ok;
            using var store = MarkStore.Open(parse.GetValue(db)!.FullName);
            var summaries = ImportRunner.Run(store, downloaded, new ImportOptions(), quiet: false, cancel);
            return summaries.Sum(s => s.Usable) > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable;
        });
        var command = new Command("fetch", "Download register data from the offices.");
        command.Subcommands.Add(uspto);
        return command;
    }

    internal static bool TryRange(string? date, string? from, string? to, out DateOnly first, out DateOnly last, out string error)
    {
        first = last = default;
        error = "";
        static bool Parse(string? s, out DateOnly d) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
        if (date is not null)
        {
            if (from is not null || to is not null) { error = "give --date or --from/--to, not both"; return false; }
            if (!Parse(date, out first)) { error = $"--date: '{date}' is not YYYY-MM-DD"; return false; }
            last = first;
            return true;
        }
        if (from is null) { error = "give --date YYYY-MM-DD or --from YYYY-MM-DD [--to YYYY-MM-DD]"; return false; }
        if (!Parse(from, out first)) { error = $"--from: '{from}' is not YYYY-MM-DD"; return false; }
        if (to is null) last = first;
        else if (!Parse(to, out last)) { error = $"--to: '{to}' is not YYYY-MM-DD"; return false; }
        if (last < first) { error = "--to is before --from"; return false; }
        return true;
    }
}
