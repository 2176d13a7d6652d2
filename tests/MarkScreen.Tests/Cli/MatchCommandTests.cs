using System.Text.Json;

namespace MarkScreen.Tests.Cli;

public class MatchCommandTests
{
    [Fact]
    public void Json_gives_each_mark_once_with_the_signals_judging_needs()
    {
        using var dir = new TempDir();
        var db = dir.File("register.db");
        Assert.Equal(0, CliRunner.Run("import", "--db", db, "--quiet", TestData.Samples("seeds")).Exit);

        var run = CliRunner.Run("match", "--db", db, "--json", "Samsnug Galaxy S21 Case, Built-in Airbag Protective Case for Galaxy");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToDictionary(m => m.GetProperty("mark").GetString()!);
        var samsung = matches["SAMSUNG"];
        Assert.Equal("fuzzy", samsung.GetProperty("kind").GetString());
        Assert.Equal(1, samsung.GetProperty("spans")[0].GetProperty("edit_distance").GetInt32());
        Assert.False(samsung.GetProperty("dictionary_word").GetBoolean());
        var galaxy = matches["GALAXY"];
        Assert.True(galaxy.GetProperty("dictionary_word").GetBoolean());
        Assert.Equal([8, 61], galaxy.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("start").GetInt32()));
        var airbag = matches["AIRBAG"];
        Assert.False(airbag.GetProperty("dictionary_word").GetBoolean());
        // "Built-in" is two words.
        Assert.Equal((1, 6, 6), (airbag.GetProperty("mark_words").GetInt32(), airbag.GetProperty("mark_length").GetInt32(), airbag.GetProperty("spans")[0].GetProperty("word_position").GetInt32()));
        Assert.Contains("US-SEED", airbag.GetProperty("registrations")[0].GetProperty("office").GetString(), StringComparison.Ordinal);
    }
}
