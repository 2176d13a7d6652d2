namespace MarkScreen.Tests.Cli;

public class KnockoffsCommandTests
{
    private static string Abt(string file) => TestData.Shared("product-listings", "em-benchmarks", "abt_buy", file);

    [Fact]
    public void Eval_prints_precision_recall_f1_and_pairs_per_second_for_a_benchmark()
    {
        var run = CliRunner.Run("knockoffs", "eval", Path.GetDirectoryName(Abt("tableA.csv"))!);
        Assert.Equal(0, run.Exit);
        Assert.Contains("abt_buy", run.Out, StringComparison.Ordinal);
        Assert.Contains("test F1", run.Out, StringComparison.Ordinal);
        Assert.Contains("pairs/s", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_saves_a_model_that_find_uses_to_report_copies_with_evidence_as_json()
    {
        using var dir = new TempDir();
        var model = dir.File("model.zip");
        var train = CliRunner.Run("knockoffs", "train", "--train", Abt("train.csv"), "--valid", Abt("valid.csv"), "--left", Abt("tableA.csv"), "--right", Abt("tableB.csv"), "--model", model);
        Assert.Equal(0, train.Exit);
        Assert.True(File.Exists(model));
        Assert.Contains("threshold", train.Out, StringComparison.Ordinal);

        var catalogue = dir.File("catalogue.csv");
        File.WriteAllLines(catalogue, File.ReadLines(Abt("tableA.csv")).Take(30));
        var find = CliRunner.Run("knockoffs", "find", "--catalogue", catalogue, "--listings", Abt("tableB.csv"), "--model", model, "--json");
        Assert.Equal(0, find.Exit);
        var rows = find.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.GetProperty("probability").GetDouble() > 0));
        Assert.Contains(rows, r => r.GetProperty("evidence").EnumerateArray().Any(e => e.GetString()!.StartsWith("model number", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dupes_groups_a_listing_cloned_across_sellers()
    {
        using var dir = new TempDir();
        var listings = dir.File("listings.csv");
        File.WriteAllText(listings, """
            id,title,seller
            1,"boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Low Latency Mode for Gaming (Bold Black)",Imagine Marketing
            2,"boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Low Latency Mode for Gaming (Bold Black)",Shop4U
            3,"boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Low Latency Mode for Gaming (Bold Black) New",DealsHub
            4,"Campus OSLO PRO Gray Men's Sports Running Shoes",Campus
            """);
        var run = CliRunner.Run("knockoffs", "dupes", "--listings", listings);
        Assert.Equal(0, run.Exit);
        Assert.Contains("3 listings from 3 sellers", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 groups of near duplicates", run.Out, StringComparison.Ordinal);
    }
}
