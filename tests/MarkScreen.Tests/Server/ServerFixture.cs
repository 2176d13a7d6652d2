using MarkScreen.Index;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace MarkScreen.Tests.Server;

/// <summary>
/// The real server on loopback (Kestrel on a free port), over a register built from the shipped samples: the USPTO
/// and TSDR records, the seed marks and the brand lists. Writes need the key "test-key".
/// </summary>
public sealed class ServerFixture : IAsyncLifetime, IDisposable
{
    public const string ApiKey = "test-key";

    private readonly TempDir _dir = new();
    private WebApplication? _app;

    public string DbPath => _dir.File("register.db");
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using (var store = MarkStore.Open(DbPath))
        {
            var importer = new RegisterImporter(store);
            foreach (var folder in new[] { "uspto-bulk", "tsdr", "seeds", "brands" })
                foreach (var file in Directory.GetFiles(TestData.Samples(folder)).Order(StringComparer.Ordinal))
                    importer.ImportFile(file);
            using var index = MarkIndex.Build(store.LiveWordMarks());
            index.Save(MarkStore.DefaultIndexPath(DbPath));
        }
        _app = ServerHost.Build(new ServerSettings(DbPath, "http://127.0.0.1:0") { ApiKey = ApiKey, MaxBatch = 50, MaxJsonBytes = 64 * 1024 }, l => l.ClearProviders());
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _dir.Dispose();
    }

    public void Dispose() => _dir.Dispose();
}
