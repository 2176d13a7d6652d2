using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MarkScreen.Tests.Server;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Health_says_ok_and_names_the_register()
    {
        var health = await Json(await Client.GetAsync("/health"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("marks").GetInt64() > 5000);
    }

    [Fact]
    public async Task Screening_one_listing_returns_the_airbag_finding_with_evidence_and_a_safer_title()
    {
        var response = await Client.PostAsJsonAsync("/api/screen", new { id = "a1", title = "Built-in Airbag Protective Case for Samsung Galaxy Z Flip 3" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("high", body.GetProperty("risk").GetString());
        var airbag = body.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("mark").GetString() == "AIRBAG");
        Assert.Equal("PopSockets LLC", airbag.GetProperty("owner").GetString());
        Assert.Equal("descriptive", airbag.GetProperty("use").GetString());
        Assert.Equal(9, body.GetProperty("goods")[0].GetProperty("class").GetInt32());
        Assert.True(body.GetProperty("suggestion").GetProperty("clean").GetBoolean());
    }

    [Fact]
    public async Task A_batch_is_screened_in_order_and_one_over_the_limit_is_refused_as_a_problem()
    {
        var batch = await Json(await Client.PostAsJsonAsync("/api/screen", new { listings = new[] { new { id = "x", title = "SHEIN summer dress" }, new { id = "y", title = "Plain cotton kurti" } } }));
        var results = batch.GetProperty("results");
        Assert.Equal(["x", "y"], results.EnumerateArray().Select(r => r.GetProperty("listing_id").GetString()));
        Assert.Equal("high", results[0].GetProperty("risk").GetString());

        var tooMany = await Client.PostAsJsonAsync("/api/screen", new { listings = Enumerable.Range(0, 51).Select(i => new { id = $"{i}", title = "a case" }) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_bodies_get_problem_details_without_stack_traces()
    {
        var broken = await Client.PostAsync("/api/screen", new StringContent("{\"title\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var text = await broken.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // a stack frame
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);

        var noTitle = await Client.PostAsJsonAsync("/api/screen", new { id = "z" });
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.True((await Json(noTitle)).GetProperty("errors").TryGetProperty("title", out _));

        var huge = await Client.PostAsync("/api/screen", new StringContent("{\"title\":\"" + new string('a', 100_000) + "\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task A_listing_file_is_streamed_back_as_json_lines_with_skipped_rows_and_a_summary()
    {
        using var form = new MultipartFormDataContent();
        var csv = "id,title,seller\n1,Emoji Printed Cushion Cover,Happy Home\n2,,x\n3,Women's dress,Shein_USA\n4,Plain steel spoon,Kitchen Co\n";
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "listings.csv");
        var response = await Client.PostAsync("/api/screen/file?min_risk=medium", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.TryGetProperty("issue", out var i) && i.GetString()!.Contains("listings.csv:3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TryGetProperty("listing_id", out var id) && id.GetString() == "1");
        Assert.Contains(lines, l => l.TryGetProperty("listing_id", out var id) && id.GetString() == "3");
        var summary = lines[^1].GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("listings").GetInt32());
        Assert.Equal(1, summary.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Search_ranks_a_typo_of_a_mark_first_and_filters_by_class_and_status()
    {
        var typo = await Json(await Client.GetAsync("/api/marks/search?q=airbg"));
        var first = typo.GetProperty("hits")[0];
        Assert.Equal("AIRBAG", first.GetProperty("mark").GetString());
        Assert.Equal("fuzzy", first.GetProperty("how").GetString());

        var java = await Json(await Client.GetAsync("/api/marks/search?q=java&class=9"));
        Assert.Contains(java.GetProperty("hits").EnumerateArray(), h => h.GetProperty("registration_number").GetString() == "2178784");
        var wrongClass = await Json(await Client.GetAsync("/api/marks/search?q=java&class=30"));
        Assert.DoesNotContain(wrongClass.GetProperty("hits").EnumerateArray(), h => h.GetProperty("mark").GetString() == "JAVA");

        var dead = await Json(await Client.GetAsync("/api/marks/search?q=a&status=dead&limit=50"));
        Assert.All(dead.GetProperty("hits").EnumerateArray(), h => Assert.Equal("dead", h.GetProperty("liveness").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/marks/search?q=x&status=maybe")).StatusCode);
    }

    [Fact]
    public async Task A_mark_record_is_found_by_registration_number_and_a_missing_one_is_a_404_problem()
    {
        var java = await Json(await Client.GetAsync("/api/marks/rn2178784"));
        var record = java.GetProperty("marks")[0].GetProperty("record");
        Assert.Equal("JAVA", record.GetProperty("mark_text").GetString());
        var missing = await Client.GetAsync("/api/marks/sn99999990");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Importing_needs_the_key_and_then_the_new_mark_is_searchable_at_once()
    {
        static MultipartFormDataContent Form()
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("mark,owner,classes,status\nZYXORBLAST,Test Owner Ltd,9,registered\n")), "file", "watchlist.csv");
            return form;
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.PostAsync("/api/register/import", Form())).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/register/import") { Content = Form() };
        wrong.Headers.Add("X-Api-Key", "nope");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/register/import") { Content = Form() };
        right.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        var imported = await Json(await Client.SendAsync(right));
        Assert.Equal(1, imported.GetProperty("files")[0].GetProperty("inserted").GetInt32());
        Assert.True(imported.GetProperty("index_rebuilt").GetBoolean());
        var found = await Json(await Client.GetAsync("/api/marks/search?q=zyxorblast"));
        Assert.Equal("ZYXORBLAST", found.GetProperty("hits")[0].GetProperty("mark").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var doc = await Json(await Client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/health", "/api/screen", "/api/screen/file", "/api/marks/search", "/api/marks/{id}", "/api/register/import" })
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
    }

    [Fact]
    public async Task The_web_ui_is_served_locally_with_nothing_from_a_cdn()
    {
        var html = await Client.GetStringAsync("/");
        Assert.Contains("<script src=\"/app.js\"></script>", html, StringComparison.Ordinal);
        foreach (var file in new[] { "/", "/app.js", "/app.css" })
            Assert.DoesNotContain("https://", await Client.GetStringAsync(file), StringComparison.Ordinal);
    }
}
