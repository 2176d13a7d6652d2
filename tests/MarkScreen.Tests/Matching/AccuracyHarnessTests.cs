using MarkScreen.Matching.Evaluation;

namespace MarkScreen.Tests.Matching;

/// <summary>The issue's accuracy targets, on the real listings in ../shared (a fixed 5,000-listing sample, seed 42).</summary>
public class AccuracyHarnessTests
{
    private static readonly Lazy<AccuracyReport> s_report = new(() =>
        AccuracyHarness.Run(LabeledListings.LoadShared(Path.GetFullPath(Path.Combine(TestData.RepoRoot, "..", "shared"))), seed: 42, sample: 5000));

    [Fact]
    public void Brands_are_found_where_they_appear_in_their_own_titles()
    {
        Assert.True(s_report.Value.Listings >= 5000);
        Assert.True(s_report.Value["exact"].Recall >= 0.98, $"exact recall {s_report.Value["exact"].Recall:P2}");
    }

    [Theory]
    [InlineData("homoglyph")]
    [InlineData("invisible")]
    [InlineData("leetspeak")]
    [InlineData("spaced")]
    [InlineData("compound")]
    [InlineData("fuzzy")]
    [InlineData("phonetic")]
    public void Every_disguise_keeps_recall_at_95_percent(string kind)
    {
        var k = s_report.Value[kind];
        Assert.True(k.Cases >= 500, $"{kind}: only {k.Cases} cases");
        Assert.True(k.Recall >= 0.95, $"{kind} recall {k.Recall:P2} ({k.Found}/{k.Cases})");
    }

    [Fact]
    public void A_removed_brand_is_reported_in_at_most_one_percent_of_titles() =>
        Assert.True(s_report.Value.FalseMatchRate <= 0.01, $"false matches {s_report.Value.FalseMatchRate:P2}");
}
