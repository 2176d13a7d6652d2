namespace MarkScreen.Tests.Cli;

public class DemoCommandTests
{
    [Fact]
    public void The_demo_builds_the_register_matches_titles_and_changes_nothing_the_second_time()
    {
        using var dir = new TempDir();
        var first = CliRunner.Run("demo", "--out", dir.Path);
        Assert.Equal(0, first.Exit);
        Assert.Contains("total: 33 files; read 33, inserted 22", first.Out, StringComparison.Ordinal);
        Assert.Contains("ULTRABOOK leetspeak \"ULTRAB00K\"", first.Out, StringComparison.Ordinal);
        Assert.Contains("JAVA spaced \"J a v a\"", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "register.msidx")));

        var second = CliRunner.Run("demo", "--out", dir.Path);
        Assert.Equal(0, second.Exit);
        Assert.Contains("inserted 0, updated 0", second.Out, StringComparison.Ordinal);
    }
}
