using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MarkScreen.Tests.Registers.Fetch;

/// <summary>
/// A bulk-data API on loopback serving fixture files the way the USPTO portal does: a JSON product listing and file
/// downloads behind an X-API-KEY, with scripted failures (503s, a connection cut mid-file) to exercise retry and resume.
/// </summary>
internal sealed class FakeBulkDataServer : IDisposable
{
    public const string Key = "test-key";

    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (byte[] Bytes, string From, string To)> _files = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public Uri BaseUrl { get; }
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>File name → how many times to answer 503 before serving it.</summary>
    public ConcurrentDictionary<string, int> FailFirst { get; } = new(StringComparer.Ordinal);

    /// <summary>Files whose first download is cut off after half the bytes.</summary>
    public ConcurrentDictionary<string, bool> CutFirst { get; } = new(StringComparer.Ordinal);

    public FakeBulkDataServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public void Add(string name, byte[] bytes, string from, string? to = null) => _files[name] = (bytes, from, to ?? from);

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            try
            {
                Handle(ctx);
            }
            catch (HttpListenerException) { }
            catch (IOException) { }
        }
    }

    private void Handle(HttpListenerContext ctx)
    {
        var req = ctx.Request;
        var res = ctx.Response;
        Requests.Enqueue($"{req.HttpMethod} {req.Url!.PathAndQuery} range={req.Headers["Range"]}");
        if (req.Headers["X-API-KEY"] != Key)
        {
            res.StatusCode = 401;
            res.Close();
            return;
        }
        var path = req.Url.AbsolutePath;
        if (path.StartsWith("/api/v1/datasets/products/", StringComparison.Ordinal) && !path.Contains("/files/", StringComparison.Ordinal))
        {
            var listing = new
            {
                count = 1,
                bulkDataProductBag = new[]
                {
                    new
                    {
                        productIdentifier = path.Split('/')[^1],
                        productFileBag = new
                        {
                            count = _files.Count,
                            fileDataBag = _files.Select(f => new
                            {
                                fileName = f.Key,
                                fileSize = f.Value.Bytes.Length,
                                fileDataFromDate = f.Value.From,
                                fileDataToDate = f.Value.To,
                                fileDownloadURI = $"/api/v1/datasets/products/files/TRTDXFAP/{f.Key}",
                            }).ToArray(),
                        },
                    },
                },
            };
            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(listing));
            res.ContentType = "application/json";
            res.OutputStream.Write(body);
            res.Close();
            return;
        }
        var name = path.Split('/')[^1];
        if (!_files.TryGetValue(name, out var file))
        {
            res.StatusCode = 404;
            res.Close();
            return;
        }
        if (FailFirst.TryGetValue(name, out var fails) && fails > 0)
        {
            FailFirst[name] = fails - 1;
            res.StatusCode = 503;
            res.Close();
            return;
        }
        var offset = 0;
        if (req.Headers["Range"] is { } range && range.StartsWith("bytes=", StringComparison.Ordinal))
        {
            offset = int.Parse(range["bytes=".Length..].TrimEnd('-'), System.Globalization.CultureInfo.InvariantCulture);
            res.StatusCode = 206;
            res.AddHeader("Content-Range", $"bytes {offset}-{file.Bytes.Length - 1}/{file.Bytes.Length}");
        }
        res.ContentLength64 = file.Bytes.Length - offset;
        if (CutFirst.TryRemove(name, out _))
        {
            res.OutputStream.Write(file.Bytes, offset, (file.Bytes.Length - offset) / 2);
            res.OutputStream.Flush();
            res.Abort();
            return;
        }
        res.OutputStream.Write(file.Bytes, offset, file.Bytes.Length - offset);
        res.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // On Linux, closing after Stop looks the port up again, and another test may have taken it meanwhile
            // ("Address already in use", seen once in CI): the listener is stopped either way.
        }
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException) { }
    }
}
