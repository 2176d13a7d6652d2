using System.Text.Json;
using MarkScreen.Judging;
using MarkScreen.Reporting;
using MarkScreen.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MarkScreen.Server.Endpoints;

/// <summary>A listing as the API takes it.</summary>
public sealed record ListingInput(string? Id, string? Title, string? Description = null, string? Category = null, string? Brand = null, string? Seller = null);

/// <summary>Many listings in one call.</summary>
public sealed record ScreenBatch(IReadOnlyList<ListingInput>? Listings);

/// <summary>What screening found in one listing.</summary>
public sealed record ListingOutput(string ListingId, string Title, RiskLevel? Risk, double Score, IReadOnlyList<GoodsGuessRow> Goods, IReadOnlyList<FindingRow> Findings, SaferTitle? Suggestion);


internal static class ScreenEndpoints
{
    public static void Map(WebApplication app, ServerSettings settings)
    {
        app.MapPost("/api/screen", async (HttpRequest request, RegisterState state) =>
        {
            JsonElement body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            }
            catch (JsonException ex)
            {
                return Results.Problem($"the body is not JSON: {ex.Message.Split('.')[0]}", statusCode: 400, title: "Bad request");
            }
            catch (BadHttpRequestException ex)
            {
                return Results.Problem(ex.Message, statusCode: ex.StatusCode, title: ex.StatusCode == 413 ? "Request too large" : "Bad request");
            }
            var options = JsonOptions(request);
            List<ListingInput> inputs;
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("listings", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array) return Results.Problem("'listings' must be an array", statusCode: 400, title: "Bad request");
                if (list.GetArrayLength() > settings.MaxBatch)
                    return Results.Problem($"at most {settings.MaxBatch} listings per call; send larger sets to /api/screen/file", statusCode: 413, title: "Too many listings");
                inputs = list.Deserialize<List<ListingInput>>(options) ?? [];
            }
            else if (body.ValueKind == JsonValueKind.Object)
            {
                inputs = [body.Deserialize<ListingInput>(options)!];
            }
            else
            {
                return Results.Problem("send one listing {id, title, description?, category?, brand?, seller?} or {listings: [...]}", statusCode: 400, title: "Bad request");
            }
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < inputs.Count; i++)
                if (string.IsNullOrWhiteSpace(inputs[i].Title)) errors[inputs.Count == 1 && !body.TryGetProperty("listings", out _) ? "title" : $"listings[{i}].title"] = ["a title is required"];
            if (errors.Count > 0) return Results.ValidationProblem(errors);

            using var lease = state.Acquire();
            var listings = inputs.Select((input, i) => new Listing(input.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), input.Title!.Trim(), input.Description, input.Category, input.Brand, input.Seller)).ToList();
            var results = new ListingOutput[inputs.Count];
            ScreenRun.InParallel(listings, lease.Screener, new ParallelOptions(), (i, result) => results[i] = Output(result));
            return body.TryGetProperty("listings", out _) ? Results.Ok(new { Results = results }) : Results.Ok(results[0]);
        })
        .WithMetadata(new RequestSizeLimitAttribute(settings.MaxJsonBytes))
        .Accepts<ListingInput>("application/json")
        .Produces<ListingOutput>()
        .ProducesProblem(400).ProducesProblem(413)
        .WithName("Screen").WithSummary("Screen one listing, or {listings: [...]} (up to the batch limit): findings with evidence, and a safer title.");

        app.MapPost("/api/screen/file", async (HttpContext context, RegisterState state, string? min_risk, string? id_column, string? title_column,
            string? description_column, string? category_column, string? brand_column, string? seller_column) =>
        {
            var request = context.Request;
            var minRisk = RiskLevel.Low;
            if (min_risk is not null && !Enum.TryParse(min_risk, ignoreCase: true, out minRisk))
                return Results.Problem("min_risk must be low, medium or high", statusCode: 400, title: "Bad request");
            // The upload is spooled to a temporary file (never held in memory) and screened from there.
            var temp = Path.Combine(Path.GetTempPath(), "markscreen-upload-" + Guid.NewGuid().ToString("N"));
            string name;
            try
            {
                await using (var file = File.Create(temp))
                {
                    if (request.HasFormContentType)
                    {
                        var form = await request.ReadFormAsync();
                        var upload = form.Files.Count > 0 ? form.Files[0] : null;
                        if (upload is null) return Results.Problem("the form has no file", statusCode: 400, title: "Bad request");
                        name = Path.GetFileName(upload.FileName);
                        await upload.CopyToAsync(file);
                    }
                    else
                    {
                        name = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? "upload.jsonl" : "upload.csv";
                        await request.Body.CopyToAsync(file);
                    }
                }
                var columns = new ListingColumns(id_column, title_column, description_column, category_column, brand_column, seller_column);
                context.Response.ContentType = "application/x-ndjson";
                using var lease = state.Acquire();
                var summary = new ScreenSummary { Input = name, Register = Path.GetFileName(state.DbPath) };
                var options = JsonOptions(request);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await using var source = File.OpenRead(temp);
                // Listings with findings are rendered on the screening threads; the response only copies text.
                string Render(ListingResult r) => Output(r, minRisk) is { Findings.Count: > 0 } output ? JsonSerializer.Serialize(output, options) + "\n" : "";
                foreach (var item in ScreenRun.Screen(ListingReader.Read(source, name, columns), lease.Screener, Render))
                {
                    if (item.Issue is { } issue)
                    {
                        summary.Add(issue);
                        await Line(new { Issue = issue.ToString(), issue.Line });
                        continue;
                    }
                    summary.Add(item.Result!);
                    if (item.Rendered!.Length > 0) await context.Response.WriteAsync(item.Rendered);
                    if (summary.Listings % ScreenRun.BatchSize == 0) await context.Response.Body.FlushAsync();
                }
                summary.Elapsed = watch.Elapsed;
                await Line(new
                {
                    Summary = new { summary.Listings, summary.ListingsWithFindings, summary.Findings, High = summary.ByRisk[RiskLevel.High], Medium = summary.ByRisk[RiskLevel.Medium],
                        Low = summary.ByRisk[RiskLevel.Low], Skipped = summary.IssueCount, TopMarks = summary.TopMarks(10).Select(t => new { t.Mark, t.Count }), Seconds = Math.Round(watch.Elapsed.TotalSeconds, 2) },
                });
                return Results.Empty;

                async Task Line(object value) => await context.Response.WriteAsync(JsonSerializer.Serialize(value, options) + "\n");
            }
            catch (InvalidDataException ex) when (!context.Response.HasStarted)
            {
                return Results.Problem(ex.Message, statusCode: 400, title: "Unreadable listing file");
            }
            catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
            {
                return Results.Problem(ex.Message, statusCode: ex.StatusCode, title: ex.StatusCode == 413 ? "Request too large" : "Bad request");
            }
            finally
            {
                File.Delete(temp);
            }
        })
        .DisableAntiforgery()
        .Produces(200, contentType: "application/x-ndjson")
        .ProducesProblem(400)
        .WithName("ScreenFile").WithSummary("Screen a CSV or JSON Lines upload (multipart or raw body), streamed back as JSON Lines: one line per listing with findings, skipped rows, then a summary.");
    }

    internal static ListingOutput Output(ListingResult result, RiskLevel minRisk = RiskLevel.Low)
    {
        var findings = result.Findings.Where(f => f.Risk >= minRisk).Select(f => FindingRow.From(result, f)).ToList();
        return new ListingOutput(result.Listing.Id, result.Listing.Title, result.Risk, result.Score,
            [.. result.Classes.Select(GoodsGuessRow.From)], findings, result.Suggestion is { } s ? s with { Remaining = [] } : null);
    }

    internal static JsonSerializerOptions JsonOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService(typeof(Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>)) is Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> o
            ? o.Value.SerializerOptions : JsonSerializerOptions.Web;
}
