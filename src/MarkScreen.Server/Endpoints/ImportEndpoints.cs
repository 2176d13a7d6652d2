using System.Security.Cryptography;
using System.Text;
using MarkScreen.Index;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarkScreen.Server.Endpoints;

internal static class ImportEndpoints
{
    private static readonly SemaphoreSlim s_oneAtATime = new(1, 1);

    public static void Map(WebApplication app, ServerSettings settings)
    {
        app.MapPost("/api/register/import", async (HttpRequest request, RegisterState state) =>
        {
            if (!Authorised(request, settings.ApiKey))
                return Results.Problem(settings.ApiKey is null ? "imports are disabled: start the server with MARKSCREEN_API_KEY set" : "a valid X-Api-Key header is required",
                    statusCode: 401, title: "Unauthorized");
            if (!request.HasFormContentType) return Results.Problem("send the register files as multipart/form-data", statusCode: 400, title: "Bad request");
            var form = await request.ReadFormAsync();
            if (form.Files.Count == 0) return Results.Problem("the form has no file", statusCode: 400, title: "Bad request");
            var dir = Path.Combine(Path.GetTempPath(), "markscreen-import-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            await s_oneAtATime.WaitAsync();
            try
            {
                var paths = new List<string>();
                foreach (var file in form.Files)
                {
                    // Keep the original name (the importer reports it and detects formats partly from it), never its directories.
                    var path = Path.Combine(dir, Path.GetFileName(file.FileName) is { Length: > 0 } n ? n : "upload");
                    await using var target = File.Create(path);
                    await file.CopyToAsync(target);
                    paths.Add(path);
                }
                var summaries = new List<object>();
                var changed = false;
                using (var store = MarkStore.Open(state.DbPath))
                {
                    var importer = new RegisterImporter(store);
                    foreach (var path in paths)
                    {
                        var s = importer.ImportFile(path, cancel: request.HttpContext.RequestAborted);
                        changed |= s.Inserted + s.Updated > 0;
                        summaries.Add(new { File = Path.GetFileName(path), s.Format, s.Read, s.Inserted, s.Updated, s.Unchanged, s.Stale, s.Rejected, s.Warnings,
                            Issues = s.Issues.Take(50).Select(i => i.ToString()) });
                    }
                    if (changed)
                    {
                        using var index = MarkIndex.Build(store.LiveWordMarks());
                        index.Save(MarkStore.DefaultIndexPath(state.DbPath));
                    }
                }
                if (changed) state.Reload();
                return Results.Ok(new { Files = summaries, IndexRebuilt = changed });
            }
            finally
            {
                s_oneAtATime.Release();
                Directory.Delete(dir, recursive: true);
            }
        })
        .DisableAntiforgery()
        .ProducesProblem(401).ProducesProblem(400)
        .WithName("ImportRegister").WithSummary("Import register files (USPTO XML/zip, ST.66, ST.96, CSV) into the store and rebuild the index. Needs X-Api-Key.");
    }

    private static bool Authorised(HttpRequest request, string? key)
    {
        if (string.IsNullOrEmpty(key)) return false;
        var given = request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0 && request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)) given = auth[7..];
        // Constant-time comparison: the key is a secret.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }
}
