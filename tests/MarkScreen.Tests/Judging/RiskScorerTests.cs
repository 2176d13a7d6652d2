using MarkScreen.Judging;
using MarkScreen.Matching;

namespace MarkScreen.Tests.Judging;

public class RiskScorerTests
{
    private static RiskFactors Airbag => new(MatchKind.Exact, 0, GoodsRelation.SameClass, false, MarkUse.Descriptive, MarkStrength.Everyday, true, ListingField.Title);

    [Fact]
    public void The_documented_airbag_examples_score_as_the_documentation_says()
    {
        Assert.Equal((0.72, RiskLevel.High), RiskScorer.Score(Airbag));
        Assert.Equal(RiskLevel.Low, RiskScorer.Score(Airbag with { Relation = GoodsRelation.Unrelated }).Level);
        Assert.Equal((0.25, RiskLevel.Low), RiskScorer.Score(Airbag with { Use = MarkUse.Nominative, Strength = MarkStrength.Coined }));
    }

    [Fact]
    public void Each_reason_for_safety_lowers_the_score_and_none_raises_it()
    {
        var worst = new RiskFactors(MatchKind.Exact, 0, GoodsRelation.SameClass, false, MarkUse.Brand, MarkStrength.Coined, true, ListingField.Title);
        var top = RiskScorer.Score(worst).Score;
        Assert.Equal(1.0, top);
        Assert.True(RiskScorer.Score(worst with { Relation = GoodsRelation.Related }).Score < top);
        Assert.True(RiskScorer.Score(worst with { Use = MarkUse.Nominative }).Score < top);
        Assert.True(RiskScorer.Score(worst with { Strength = MarkStrength.GenericForGoods }).Score < top);
        Assert.True(RiskScorer.Score(worst with { Registered = false }).Score < top);
        Assert.True(RiskScorer.Score(worst with { Kind = MatchKind.Phonetic }).Score < RiskScorer.Score(worst with { Kind = MatchKind.Fuzzy, EditDistance = 1 }).Score);
        Assert.True(RiskScorer.Score(worst with { DeclaredBrand = true }).Score < top);
    }

    [Fact]
    public void Every_combination_scores_within_0_to_1_and_the_level_follows_the_thresholds()
    {
        foreach (var kind in Enum.GetValues<MatchKind>())
        foreach (var relation in Enum.GetValues<GoodsRelation>())
        foreach (var use in Enum.GetValues<MarkUse>())
        foreach (var strength in Enum.GetValues<MarkStrength>())
        foreach (var field in Enum.GetValues<ListingField>())
        foreach (var famous in new[] { false, true })
        {
            var (score, level) = RiskScorer.Score(new RiskFactors(kind, 1, relation, famous, use, strength, true, field));
            Assert.InRange(score, 0, 1);
            Assert.Equal(score >= RiskScorer.HighFrom ? RiskLevel.High : score >= RiskScorer.MediumFrom ? RiskLevel.Medium : RiskLevel.Low, level);
        }
    }

    [Fact]
    public void A_sound_alike_alone_never_makes_a_finding_high()
    {
        var best = new RiskFactors(MatchKind.Phonetic, 0, GoodsRelation.SameClass, true, MarkUse.Brand, MarkStrength.Coined, true, ListingField.Title);
        Assert.NotEqual(RiskLevel.High, RiskScorer.Score(best).Level);
    }
}
