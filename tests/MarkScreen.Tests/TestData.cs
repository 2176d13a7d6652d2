using MarkScreen.Registers;

namespace MarkScreen.Tests;

/// <summary>
/// Where the real fixtures are: the samples shipped in the repo (data/samples) and the shared third-party data beside
/// the clone (../shared/data-candidates), which CI provides.
/// </summary>
internal static class TestData
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Samples(params string[] parts) => Path.Combine([RepoRoot, "data", "samples", .. parts]);

    public static string UsptoBulk(string file) => Samples("uspto-bulk", file);

    public static string Tsdr(string file) => Samples("tsdr", file);

    public static string Shared(params string[] parts)
    {
        var path = Path.Combine([RepoRoot, "..", "shared", "data-candidates", .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new InvalidOperationException($"Shared test data missing: {Path.GetFullPath(path)} (CI provides ../shared beside the clone).");
        return Path.GetFullPath(path);
    }

    public static List<ReadItem> ReadAll(Func<Stream, string, IEnumerable<ReadItem>> read, string path)
    {
        using var stream = File.OpenRead(path);
        return [.. read(stream, Path.GetFileName(path))];
    }

    public static List<ReadItem> ReadText(Func<Stream, string, IEnumerable<ReadItem>> read, string text, string name = "test.xml")
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return [.. read(stream, name)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MarkScreen.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (MarkScreen.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fresh store file in a temp folder, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "markscreen-tests", Guid.NewGuid().ToString("N"));

    public TempDir() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
    }
}
