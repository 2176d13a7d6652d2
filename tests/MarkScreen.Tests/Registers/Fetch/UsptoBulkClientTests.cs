using System.IO.Compression;
using MarkScreen.Marks;
using MarkScreen.Registers.Fetch;
using MarkScreen.Registers.Store;
using MarkScreen.Tests.Cli;

namespace MarkScreen.Tests.Registers.Fetch;

public sealed class UsptoBulkClientTests : IDisposable
{
    private readonly FakeBulkDataServer _server = new();
    private readonly TempDir _dir = new();

    public UsptoBulkClientTests()
    {
        _server.Add("apc240914.zip", Zip("apc240914.xml", "goods-before-replacement-75932504.xml"), "2024-09-14");
        _server.Add("apc240925.zip", Zip("apc240925.xml", "goods-after-replacement-75932504.xml"), "2024-09-25");
        _server.Add("apc241001.zip", Zip("apc241001.xml", "daily-na-98763166.xml"), "2024-10-01");
    }

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }

    private static byte[] Zip(string entryName, string fixture)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(entryName).Open();
            using var source = File.OpenRead(TestData.UsptoBulk(fixture));
            source.CopyTo(entry);
        }
        return ms.ToArray();
    }

    private UsptoBulkClient Client(HttpClient http, List<string>? retries = null, string key = FakeBulkDataServer.Key) =>
        new(http, new UsptoBulkOptions { BaseUrl = _server.BaseUrl, ApiKey = key, RetryDelay = TimeSpan.FromMilliseconds(5), OnRetry = m => retries?.Add(m) });

    [Fact]
    public async Task Files_for_the_date_range_are_listed_in_date_order()
    {
        using var http = new HttpClient();
        var files = await Client(http).ListFilesAsync(new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 30));
        Assert.Equal(["apc240914.zip", "apc240925.zip"], files.Select(f => f.Name).ToArray());
        Assert.Contains(_server.Requests, r => r.Contains("fileDataFromDate=2024-09-01&fileDataToDate=2024-09-30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_backfile_part_covering_the_whole_history_is_listed_for_its_end_date()
    {
        _server.Add("apc18840407-20241231-01.zip", Zip("apc18840407-20241231-01.xml", "annual-2025-full-tx-60146682.xml"), "1884-04-07", "2024-12-31");
        using var http = new HttpClient();
        var files = await Client(http).ListFilesAsync(new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31));
        Assert.Equal("apc18840407-20241231-01.zip", Assert.Single(files).Name);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_a_cut_download_resumes_with_a_range_request()
    {
        _server.FailFirst["apc240914.zip"] = 2;
        _server.CutFirst["apc240925.zip"] = true;
        var retries = new List<string>();
        using var http = new HttpClient();
        var client = Client(http, retries);
        var files = await client.ListFilesAsync(new DateOnly(2024, 9, 14), new DateOnly(2024, 9, 25));

        var first = await client.DownloadAsync(files[0], _dir.Path);
        Assert.Equal(3, first.Attempts);
        Assert.Equal(2, retries.Count(r => r.Contains("503", StringComparison.Ordinal)));

        var second = await client.DownloadAsync(files[1], _dir.Path);
        Assert.True(second.Resumed);
        Assert.Contains(_server.Requests, r => r.Contains("apc240925.zip range=bytes=", StringComparison.Ordinal));
        Assert.Equal(files[1].Size, new FileInfo(second.Path).Length);
        Assert.False(File.Exists(second.Path + ".part"));
        using var zip = ZipFile.OpenRead(second.Path);
        Assert.Equal("apc240925.xml", Assert.Single(zip.Entries).Name);

        var again = await client.DownloadAsync(files[1], _dir.Path);
        Assert.False(again.Downloaded);
    }

    [Fact]
    public async Task A_wrong_key_fails_at_once_with_advice()
    {
        using var http = new HttpClient();
        var retries = new List<string>();
        var ex = await Assert.ThrowsAsync<BulkHttpException>(() => Client(http, retries, key: "wrong").ListFilesAsync(new DateOnly(2024, 9, 14), new DateOnly(2024, 9, 14)));
        Assert.Contains("401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("API key", ex.Message, StringComparison.Ordinal);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_server_that_never_recovers_gives_up_after_the_attempts_allowed()
    {
        _server.FailFirst["apc240914.zip"] = 100;
        using var http = new HttpClient();
        var client = Client(http);
        var file = (await client.ListFilesAsync(new DateOnly(2024, 9, 14), new DateOnly(2024, 9, 14))).Single();
        await Assert.ThrowsAsync<BulkHttpException>(() => client.DownloadAsync(file, _dir.Path));
        Assert.False(File.Exists(Path.Combine(_dir.Path, "apc240914.zip")));
    }

    [Fact]
    public void The_fetch_command_downloads_and_imports_daily_files_in_sequence()
    {
        _server.FailFirst["apc240925.zip"] = 1;
        var db = _dir.File("r.db");
        var run = CliRunner.Run("fetch", "uspto", "--db", db, "--from", "2024-09-14", "--to", "2024-09-25",
            "--api-key", FakeBulkDataServer.Key, "--base-url", _server.BaseUrl.ToString(), "--dir", _dir.File("downloads"), "--retry-delay", "0.01");
        Assert.True(run.Exit == 0, run.Err + run.Out);
        Assert.Contains("apc240914.zip: downloaded", run.Err, StringComparison.Ordinal);
        Assert.Contains("retrying", run.Err, StringComparison.Ordinal);
        Assert.Contains("apc240925.zip: zip (USPTO bulk XML); read 1, inserted 0, updated 1", run.Out, StringComparison.Ordinal);
        using var store = MarkStore.Open(db, readOnly: true);
        Assert.True(MarkId.TryParse("sn75932504", out var id));
        Assert.Equal(new DateOnly(2024, 9, 25), Assert.Single(store.Find(id)).Record.TransactionDate);
        Assert.Equal(1, store.Count());
        Assert.True(File.Exists(MarkStore.DefaultIndexPath(db)), "fetch keeps the matching index in step, as import does");
    }

    [Fact]
    public void The_fetch_command_refuses_a_bad_range()
    {
        var run = CliRunner.Run("fetch", "uspto", "--db", _dir.File("r.db"), "--from", "2024-09-25", "--to", "2024-09-14");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--to is before --from", run.Err, StringComparison.Ordinal);
    }
}
