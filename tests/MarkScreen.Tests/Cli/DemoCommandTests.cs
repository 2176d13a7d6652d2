namespace MarkScreen.Tests.Cli;

public class DemoCommandTests
{
    [Fact]
    public void The_demo_builds_the_register_screens_real_listings_into_a_report_and_changes_nothing_the_second_time()
    {
        using var dir = new TempDir();
        var first = CliRunner.Run("demo", "--out", dir.Path);
        Assert.Equal(0, first.Exit);
        Assert.Contains("total: 35 files; read 10411", first.Out, StringComparison.Ordinal);
        Assert.Contains("507 listings screened", first.Out, StringComparison.Ordinal);
        Assert.Contains("AIRBAG (exact, descriptive)", first.Out, StringComparison.Ordinal);
        Assert.Contains("SHEIN (homoglyph, brand)", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "register.msidx")));
        var report = File.ReadAllText(Path.Combine(dir.Path, "report.html"));
        Assert.Contains("snapdeal-100:row", report, StringComparison.Ordinal);
        Assert.Contains("amazon-uk-400:", report, StringComparison.Ordinal);
        Assert.Contains("Built-in <mark class=\"m-high\"", report, StringComparison.Ordinal);

        var second = CliRunner.Run("demo", "--out", dir.Path);
        Assert.Equal(0, second.Exit);
        Assert.Contains("inserted 0, updated 0", second.Out, StringComparison.Ordinal);
    }
}
