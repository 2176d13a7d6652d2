namespace MarkScreen.Server;

/// <summary>How the server runs. The API key for writes comes from MARKSCREEN_API_KEY; without one, writes are refused.</summary>
public sealed record ServerSettings(string DbPath, string Urls = "http://127.0.0.1:5080")
{
    public string? ApiKey { get; init; } = Environment.GetEnvironmentVariable("MARKSCREEN_API_KEY");

    /// <summary>Largest request body: listing files and register files (default 200 MB).</summary>
    public long MaxUploadBytes { get; init; } = 200L << 20;

    /// <summary>Largest JSON body for /api/screen (default 2 MB).</summary>
    public long MaxJsonBytes { get; init; } = 2L << 20;

    /// <summary>Most listings in one /api/screen call; files go to /api/screen/file.</summary>
    public int MaxBatch { get; init; } = 1000;
}
