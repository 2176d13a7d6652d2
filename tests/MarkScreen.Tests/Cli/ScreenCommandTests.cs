using System.Text.Json;

namespace MarkScreen.Tests.Cli;

public class ScreenCommandTests
{
    private static string Register(TempDir dir)
    {
        var db = dir.File("register.db");
        var import = CliRunner.Run("import", "--db", db, "--quiet", TestData.Samples("seeds"), TestData.Samples("brands"));
        Assert.Equal(0, import.Exit);
        return db;
    }

    private static string Stories => TestData.Samples("listings", "seed-stories.csv");

    [Fact]
    public void Json_lines_carry_every_field_the_judging_stage_promises()
    {
        using var dir = new TempDir();
        var db = Register(dir);
        var run = CliRunner.Run("screen", "--db", db, "--input", Stories, "--min-risk", "high");
        Assert.Equal(0, run.Exit);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("high", r.GetProperty("risk").GetString()));
        foreach (var field in new[] { "listing_id", "mark", "serial_number", "owner", "mark_classes", "listing_classes", "status", "match_kind",
                     "matched_text", "start", "length", "use", "risk", "score", "reasons" })
            Assert.All(rows, r => Assert.True(r.TryGetProperty(field, out _), $"missing {field}"));
        var airbag = rows.Single(r => r.GetProperty("mark").GetString() == "AIRBAG");
        Assert.Equal("airbag-case", airbag.GetProperty("listing_id").GetString());
        Assert.Equal("descriptive", airbag.GetProperty("use").GetString());
        Assert.Equal("2021-11-09", airbag.GetProperty("registration_date").GetString());
        Assert.True(airbag.GetProperty("suggestion_clean").GetBoolean());
        var guess = airbag.GetProperty("goods_guesses")[0];
        Assert.Equal(9, guess.GetProperty("class").GetInt32());
        Assert.InRange(guess.GetProperty("confidence").GetDouble(), 0.3, 1.0);
        Assert.Contains(rows, r => r.GetProperty("field").GetString() == "seller" && r.GetProperty("mark").GetString() == "SHEIN");
        Assert.Contains("7 listings screened", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_output_has_the_same_findings_flattened()
    {
        using var dir = new TempDir();
        var db = Register(dir);
        var output = dir.File("findings.csv");
        var run = CliRunner.Run("screen", "--db", db, "--input", Stories, "--format", "csv", "--out", output, "--min-risk", "medium");
        Assert.Equal(0, run.Exit);
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("listing_id,line,title,field,mark,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("airbag-case,", StringComparison.Ordinal) && l.Contains(",AIRBAG,", StringComparison.Ordinal) && l.Contains(",high,", StringComparison.Ordinal));
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public void The_html_report_is_self_contained_highlights_matches_and_summarises()
    {
        using var dir = new TempDir();
        var db = Register(dir);
        var output = dir.File("report.html");
        var run = CliRunner.Run("screen", "--db", db, "--input", Stories, "--format", "html", "--out", output, "--min-risk", "medium");
        Assert.Equal(0, run.Exit);
        var html = File.ReadAllText(output);
        Assert.Contains("<mark class=\"m-high\"", html, StringComparison.Ordinal);
        Assert.Contains("Built-in <mark class=\"m-high\" title=\"AIRBAG", html, StringComparison.Ordinal);
        Assert.Contains("Safer title", html, StringComparison.Ordinal);
        Assert.Contains("PopSockets LLC", html, StringComparison.Ordinal);
        Assert.Contains("id=\"summary\"", html, StringComparison.Ordinal);
        Assert.Matches("<div class=\"card c-high\"><div class=\"n\">[1-9]", html); // the count of high findings, coloured, not hidden
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("S\u041D\u0415IN</mark> Women", html, StringComparison.Ordinal); // the homoglyph title kept as written, highlighted
    }

    [Fact]
    public void A_file_with_bad_rows_completes_and_names_each_skipped_line()
    {
        using var dir = new TempDir();
        var db = Register(dir);
        var input = dir.File("listings.csv");
        File.WriteAllText(input, "id,title\n1,Shein dress\n2,\n3,\"broken \"quote\"\n4,Emoji mug\n");
        var run = CliRunner.Run("screen", "--db", db, "--input", input);
        Assert.Equal(0, run.Exit);
        Assert.Contains("2 listings screened", run.Err, StringComparison.Ordinal);
        Assert.Contains("listings.csv:3: title: listing 2 has no title", run.Err, StringComparison.Ordinal);
        Assert.Contains("listings.csv:4:", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_an_output_file_and_a_missing_input_are_clear_errors()
    {
        using var dir = new TempDir();
        var db = Register(dir);
        var html = CliRunner.Run("screen", "--db", db, "--input", Stories, "--format", "html");
        Assert.Equal(2, html.Exit);
        Assert.Contains("--out", html.Err, StringComparison.Ordinal);
        var missing = CliRunner.Run("screen", "--db", db, "--input", dir.File("nope.csv"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no such file", missing.Err, StringComparison.Ordinal);
    }
}
