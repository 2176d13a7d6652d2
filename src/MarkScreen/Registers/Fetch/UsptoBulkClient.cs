using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace MarkScreen.Registers.Fetch;

/// <summary>
/// Lists and downloads USPTO bulk trademark files from the Open Data Portal's bulk-data API
/// (<c>GET /api/v1/datasets/products/{product}?fileDataFromDate=…&amp;fileDataToDate=…&amp;includeFiles=true</c>, key in the
/// <c>X-API-KEY</c> header). Downloads retry transient failures with exponential back-off, resume a partial file
/// with an HTTP range request, check the size (and a Content-MD5 where the server sends one) and that a zip reads
/// through, and only then rename the file into place.
/// </summary>
public sealed class UsptoBulkClient(HttpClient http, UsptoBulkOptions options)
{
    public async Task<IReadOnlyList<BulkFile>> ListFilesAsync(DateOnly from, DateOnly to, CancellationToken cancel = default)
    {
        var url = new Uri(options.BaseUrl, $"/api/v1/datasets/products/{Uri.EscapeDataString(options.Product)}"
            + $"?fileDataFromDate={from:yyyy-MM-dd}&fileDataToDate={to:yyyy-MM-dd}&includeFiles=true");
        using var response = await SendWithRetryAsync(() => Request(HttpMethod.Get, url), cancel).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancel).ConfigureAwait(false);
        var files = new List<BulkFile>();
        if (!json.RootElement.TryGetProperty("bulkDataProductBag", out var products)) return files;
        foreach (var product in products.EnumerateArray())
        {
            if (!product.TryGetProperty("productFileBag", out var bag) || !bag.TryGetProperty("fileDataBag", out var data)) continue;
            foreach (var f in data.EnumerateArray())
            {
                var name = Str(f, "fileName");
                var uri = Str(f, "fileDownloadURI");
                if (name is null || uri is null) continue;
                var file = new BulkFile(
                    Path.GetFileName(name),
                    f.TryGetProperty("fileSize", out var size) && size.TryGetInt64(out var bytes) ? bytes : null,
                    new Uri(options.BaseUrl, uri),
                    Date(Str(f, "fileDataFromDate")),
                    Date(Str(f, "fileDataToDate")));
                // The API filters by date already; the check keeps a lenient server from handing us the whole product.
                // Overlap, not containment: an annual backfile part covers 1884-04-07..2024-12-31.
                if ((file.To ?? file.From) is { } end && end < from) continue;
                if (file.From is { } start && start > to) continue;
                files.Add(file);
            }
        }
        return [.. files.OrderBy(f => f.From).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>Downloads <paramref name="file"/> into <paramref name="directory"/>; an existing complete copy is kept.</summary>
    public async Task<DownloadResult> DownloadAsync(BulkFile file, string directory, IProgress<long>? progress = null, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, file.Name);
        if (File.Exists(target) && (file.Size is null || new FileInfo(target).Length == file.Size))
            return new DownloadResult(target, Downloaded: false, Resumed: false, Attempts: 0);

        var partial = target + ".part";
        var attempts = 0;
        var resumed = false;
        while (true)
        {
            attempts++;
            try
            {
                var have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
                using var request = Request(HttpMethod.Get, file.Download);
                if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && file.Size == have)
                {
                    // The partial file is already whole.
                }
                else
                {
                    ThrowIfFailed(response);
                    var append = have > 0 && response.StatusCode == HttpStatusCode.PartialContent;
                    resumed |= append;
                    await using (var output = new FileStream(partial, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                    await using (var input = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false))
                    {
                        var buffer = new byte[1 << 16];
                        int n;
                        while ((n = await input.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
                        {
                            await output.WriteAsync(buffer.AsMemory(0, n), cancel).ConfigureAwait(false);
                            progress?.Report(output.Position);
                        }
                    }
                    if (!append && response.Content.Headers.ContentMD5 is { } md5) Verify(partial, md5);
                }
                Check(file, partial);
                File.Move(partial, target, overwrite: true);
                return new DownloadResult(target, Downloaded: true, resumed, attempts);
            }
            catch (Exception ex) when (IsTransient(ex, cancel) && attempts < options.MaxAttempts)
            {
                options.OnRetry?.Invoke($"{file.Name}: {ex.Message}; retrying ({attempts}/{options.MaxAttempts - 1})");
                if (ex is InvalidDataException) File.Delete(partial); // a corrupt copy is not worth resuming
                await Task.Delay(Backoff(attempts, ex), cancel).ConfigureAwait(false);
            }
        }
    }

    private static void Check(BulkFile file, string path)
    {
        var length = new FileInfo(path).Length;
        if (file.Size is { } expected && length != expected)
            throw new InvalidDataException($"downloaded {length:N0} bytes, the listing says {expected:N0}");
        if (!file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return;
        // Reading every entry through inflates it completely: a truncated or corrupt archive throws here, not mid-import.
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            s.CopyTo(Stream.Null);
        }
    }

    private static void Verify(string path, byte[] md5)
    {
        using var f = File.OpenRead(path);
#pragma warning disable CA5351 // Content-MD5 is an integrity check the server chose (RFC 1864), not security.
        if (!MD5.HashData(f).AsSpan().SequenceEqual(md5)) throw new InvalidDataException("Content-MD5 does not match the downloaded bytes");
#pragma warning restore CA5351
    }

    private async Task<HttpResponseMessage> SendWithRetryAsync(Func<HttpRequestMessage> make, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            try
            {
                using var request = make();
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
                ThrowIfFailed(response);
                return response;
            }
            catch (Exception ex) when (IsTransient(ex, cancel) && attempt < options.MaxAttempts)
            {
                response?.Dispose();
                options.OnRetry?.Invoke($"{ex.Message}; retrying ({attempt}/{options.MaxAttempts - 1})");
                await Task.Delay(Backoff(attempt, ex), cancel).ConfigureAwait(false);
            }
            catch
            {
                response?.Dispose();
                throw;
            }
        }
    }

    private HttpRequestMessage Request(HttpMethod method, Uri url)
    {
        var request = new HttpRequestMessage(method, url);
        if (!string.IsNullOrEmpty(options.ApiKey)) request.Headers.Add("X-API-KEY", options.ApiKey);
        request.Headers.UserAgent.ParseAdd("MarkScreen/0.1");
        return request;
    }

    private static void ThrowIfFailed(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var code = (int)response.StatusCode;
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var hint = code is 401 or 403 ? " (check the API key: --api-key or USPTO_API_KEY)" : "";
        throw new BulkHttpException(response.StatusCode, $"HTTP {code} {response.ReasonPhrase} from {response.RequestMessage?.RequestUri}{hint}", retryAfter);
    }

    private static bool IsTransient(Exception ex, CancellationToken cancel) => ex switch
    {
        BulkHttpException h => (int)h.Status is 408 or 429 or >= 500,
        OperationCanceledException => !cancel.IsCancellationRequested, // a timeout, not the user
        HttpRequestException or IOException or InvalidDataException => true,
        _ => false,
    };

    private TimeSpan Backoff(int attempt, Exception ex) =>
        ex is BulkHttpException { RetryAfter: { } wait } && wait < TimeSpan.FromMinutes(5)
            ? wait
            : options.RetryDelay * Math.Pow(2, attempt - 1);

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

public sealed record UsptoBulkOptions
{
    public Uri BaseUrl { get; init; } = new("https://api.uspto.gov");

    /// <summary>TRTDXFAP: daily trademark application files; TRTYRAP: the annual backfile.</summary>
    public string Product { get; init; } = "TRTDXFAP";

    public string? ApiKey { get; init; }
    public int MaxAttempts { get; init; } = 5;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);
    public Action<string>? OnRetry { get; init; }
}

public sealed record BulkFile(string Name, long? Size, Uri Download, DateOnly? From, DateOnly? To);

public sealed record DownloadResult(string Path, bool Downloaded, bool Resumed, int Attempts);

public sealed class BulkHttpException(HttpStatusCode status, string message, TimeSpan? retryAfter) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
