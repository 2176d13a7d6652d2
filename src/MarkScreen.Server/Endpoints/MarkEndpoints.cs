using System.Globalization;
using MarkScreen.Marks;
using MarkScreen.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarkScreen.Server.Endpoints;

internal static class MarkEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/marks/search", (RegisterState state, string? q, int[]? @class, string? status, string? owner, DateOnly? filed_from, DateOnly? filed_to, int? limit) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Results.Problem("q (the text to search for) is required", statusCode: 400, title: "Bad request");
            if (q.Length > 200) return Results.Problem("q is at most 200 characters", statusCode: 400, title: "Bad request");
            var take = Math.Clamp(limit ?? 20, 1, 200);
            if (@class?.Any(c => c is < 1 or > 45) == true) return Results.Problem("class must be a Nice class, 1 to 45", statusCode: 400, title: "Bad request");
            var liveness = (status ?? "live").ToLowerInvariant() switch
            {
                "live" => (Liveness?)Liveness.Live,
                "dead" => Liveness.Dead,
                "all" => null,
                _ => (Liveness?)(Liveness)(-1),
            };
            if (liveness == (Liveness)(-1)) return Results.Problem("status must be live, dead or all", statusCode: 400, title: "Bad request");
            using var lease = state.Acquire();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var ranked = lease.Search.Search(new SearchQuery(q, @class, owner, filed_from, filed_to, take, liveness));
            return Results.Ok(new { Query = q, Status = status ?? "live", Classes = @class, Owner = owner, Milliseconds = Math.Round(watch.Elapsed.TotalMilliseconds, 2), Hits = ranked });
        })
        .WithName("SearchMarks").WithSummary("Clearance search: marks ranked by similarity to q (exact, normalised, homoglyph, fuzzy, phonetic, contained, prefix), with why each ranks.");

        app.MapGet("/api/marks/{id}", (RegisterState state, string id) =>
        {
            using var lease = state.Acquire();
            // Through the per-thread connection: requests run side by side and a SQLite connection is not thread-safe.
            var found = lease.Records.Read(store =>
                long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var storeId) && store.Get(storeId) is { } one ? [one]
                : MarkId.TryParse(id, out var markId) ? store.Find(markId) : null);
            if (found is null) return Results.Problem($"'{id}' is not a mark id: use the store id, sn<serial> or rn<registration>", statusCode: 400, title: "Bad request");
            if (found.Count == 0) return Results.Problem($"no mark {id} in this register", statusCode: 404, title: "Not found");
            return Results.Ok(new { Marks = found.Select(m => new { m.Id, m.ImportedAt, NiceClasses = m.Record.NiceClasses, Record = m.Record }) });
        })
        .WithName("GetMark").WithSummary("A mark's full record: by store id, sn<serial> or rn<registration number>.");
    }
}
