using MarkScreen.Judging;
using MarkScreen.Screening;

namespace MarkScreen.Tests.Screening;

/// <summary>Screening listings together (one batch call for their texts) reports what screening each alone does.</summary>
public sealed class ScreenerBatchTests(SeedRegister register) : IClassFixture<SeedRegister>
{
    /// <summary>What a report shows of a result: each finding's field, mark, registration, risk, score and spans, and the safer title.</summary>
    private static string Report(ListingResult r) =>
        string.Join("\n", r.Findings.Select(f => $"{f.Field} {f.Mark} {f.SerialNumber} {f.Risk} {f.Score:F3} {f.MatchKind} "
            + string.Join(",", f.Spans.Select(s => $"{s.Start}+{s.Length}:{s.Kind}"))))
        + $"\nsafer: {r.Suggestion?.Text}";

    private static List<Listing> Listings(string file) =>
        [.. ListingReader.Read(TestData.Samples("listings", file), new ListingColumns()).Where(r => r.Listing is not null).Select(r => r.Listing!)];

    [Theory]
    [InlineData("seed-stories.csv")]
    [InlineData("amazon-uk-400.csv")]
    [InlineData("snapdeal-100.csv")]
    public void Listings_screened_together_get_the_findings_each_gets_alone(string file)
    {
        var listings = Listings(file);
        Assert.NotEmpty(listings);
        var together = register.Screener.Screen(listings.ToArray());
        Assert.Equal(listings.Count, together.Length);
        var withFindings = 0;
        for (var i = 0; i < listings.Count; i++)
        {
            var alone = register.Screener.Screen(listings[i]);
            Assert.Same(listings[i], together[i].Listing);
            Assert.Equal(Report(alone), Report(together[i]));
            if (alone.Findings.Count > 0) withFindings++;
        }
        Assert.True(withFindings > 0, "some sample listings should have findings");
    }

    [Fact]
    public void A_screening_run_reports_in_input_order_across_calls_of_many_listings()
    {
        var listings = Listings("amazon-uk-400.csv");
        var reads = listings.Select(l => new ListingRead(l, null));
        var results = ScreenRun.Screen(reads, register.Screener, threads: 2).Select(i => i.Result!).ToList();
        Assert.Equal(listings.Select(l => l.Id), results.Select(r => r.Listing.Id));
        Assert.True(listings.Count > ScreenRun.ListingsPerCall * 2);
    }
}
