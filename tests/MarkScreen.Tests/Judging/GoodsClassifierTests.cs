using MarkScreen.Judging.Goods;
using MarkScreen.Judging.Goods.Evaluation;

namespace MarkScreen.Tests.Judging;

public class GoodsClassifierTests
{
    [Theory]
    [InlineData("Galaxy Z Flip 3 case", 9)]
    [InlineData("Samsung Flip 3 Case, Galaxy Flip 3 Case with Ring, Built-in Airbag Protective Case for Samsung Galaxy Z Flip 3 5G 2021, Black", 9)]
    [InlineData("Alisha Solid Women's Cycling Shorts", 25)]
    [InlineData("FabHomeDecor Fabric Double Sofa Bed", 20)]
    [InlineData("Building bricks compatible with LEGO, 500 pieces", 28)]
    [InlineData("Car Steering Wheel Airbag Cover", 12)]
    [InlineData("Corgi 1:64 Scale Eddie Stobart Car Transporter", 28)]
    [InlineData("AKUP love-music Ceramic Mug", 21)]
    [InlineData("Lamy Safari Ball Pen", 16)]
    public void The_best_guess_names_the_class_an_examiner_would(string title, int expected)
    {
        var guesses = GoodsClassifier.Default.Classify(title);
        Assert.NotEmpty(guesses);
        Assert.Equal(expected, guesses[0].Class);
    }

    [Fact]
    public void Each_guess_says_which_words_and_which_classification_term_point_to_it()
    {
        var guess = GoodsClassifier.Default.Classify("Alisha Solid Women's Cycling Shorts")[0];
        Assert.Contains("short", guess.Because, StringComparison.Ordinal);
        Assert.NotNull(guess.Term);
        Assert.Equal(25, guess.Term!.Class);
        Assert.InRange(guess.Confidence, 0.3, 1.0);
    }

    [Fact]
    public void Confidences_are_shares_that_sum_to_at_most_one_and_come_best_first()
    {
        var guesses = GoodsClassifier.Default.Classify("Stainless steel kitchen knife set with wooden block");
        Assert.True(guesses.Sum(g => g.Confidence) <= 1.0001);
        Assert.Equal(guesses.OrderByDescending(g => g.Confidence).Select(g => g.Class), guesses.Select(g => g.Class));
    }

    [Fact]
    public void A_title_with_no_goods_words_gets_no_guess_rather_than_a_wild_one()
    {
        Assert.Empty(GoodsClassifier.Default.Classify("Tekken Kazuya Mishima"));
        Assert.Empty(GoodsClassifier.Default.Classify("\u200b\u0301 ✨ 🎁"));
    }

    [Fact]
    public void Only_goods_classes_are_guessed_for_listings()
    {
        var guesses = GoodsClassifier.Default.Classify("Magic The Gathering workshop event deck for advertising and insurance");
        Assert.All(guesses, g => Assert.InRange(g.Class, 1, 34));
    }

    [Fact]
    public void On_real_listings_labelled_by_their_marketplace_category_the_best_guess_is_right_at_least_three_times_in_four()
    {
        var labels = GoodsLabels.LoadShared(Path.Combine(TestData.RepoRoot, "..", "shared"));
        Assert.True(labels.Count > 20_000, $"{labels.Count} labelled listings");
        var report = GoodsAccuracy.Run(labels, GoodsClassifier.Default);
        Assert.True(report.Top1Rate >= 0.75, $"top-1 {report.Top1Rate:P1}");
        Assert.True(report.Top3Rate >= 0.83, $"top-3 {report.Top3Rate:P1}");
        Assert.True(report.BySource.Single(s => s.Name == "flipkart").Top1Rate >= 0.88);
    }

    [Fact]
    public void The_marketplace_vocabulary_earns_its_place_over_the_classification_terms_alone()
    {
        var labels = GoodsLabels.LoadShared(Path.Combine(TestData.RepoRoot, "..", "shared"));
        var nclOnly = new GoodsClassifier(NiceCatalogue.Default.Terms.Where(t => t.Source != "marketplace"));
        Assert.True(GoodsAccuracy.Run(labels, GoodsClassifier.Default).Top1Rate > GoodsAccuracy.Run(labels, nclOnly).Top1Rate + 0.05);
    }
}
