using MarkScreen.Judging;

namespace MarkScreen.Tests.Judging;

public class UseAndStrengthTests
{
    private static MarkUse Use(string text, string mark, bool plain = false, string? brand = null) =>
        UseDetector.Detect(text, [text.IndexOf(mark, StringComparison.OrdinalIgnoreCase)], ListingField.Title, mark, plain, brand).Use;

    [Theory]
    [InlineData("Tempered glass screen protector for iPhone 13", "iPhone")]
    [InlineData("Silicone case compatible with AirPods Pro", "AirPods")]
    [InlineData("Replacement filter for Dyson V8 vacuum", "Dyson")]
    [InlineData("Charging dock fits Nintendo Switch", "Nintendo")]
    [InlineData("Samsung Galaxy S21 Case, shockproof", "Samsung")]
    [InlineData("iPhone 13 Pro Max charger cable 2m", "iPhone")]
    [InlineData("Allure Auto CM 1178 Car Mat Hyundai Eon", "Hyundai")]
    [InlineData("Speedwav 240450 Sun Shade Maruti WagonR", "Maruti")]
    public void Naming_what_a_product_fits_is_nominative(string text, string mark) =>
        Assert.Equal(MarkUse.Nominative, Use(text, mark));

    [Fact]
    public void A_cue_in_another_clause_does_not_make_a_brand_nominative() =>
        Assert.Equal(MarkUse.Brand, Use("Gift for her, Shein dress", "Shein"));

    [Fact]
    public void The_brand_column_and_the_title_opening_mean_brand_use()
    {
        Assert.Equal(MarkUse.Brand, Use("Shein floral dress", "Shein"));
        var (use, why) = UseDetector.Detect("Floral dress by the sea", [0], ListingField.Title, "SHEIN", false, "SHEIN");
        Assert.Equal(MarkUse.Brand, use);
        Assert.Contains("authorised resellers", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_english_word_in_the_middle_of_a_title_is_descriptive() =>
        Assert.Equal(MarkUse.Descriptive, Use("Phone case with built-in airbag corners", "airbag", plain: true));

    [Theory]
    [InlineData("AIRBAG", MarkStrength.Everyday)]
    [InlineData("SAMSUNG", MarkStrength.Coined)]
    [InlineData("SHEIN", MarkStrength.Coined)]
    [InlineData("BLACK", MarkStrength.Common)]
    [InlineData("ONE", MarkStrength.Common)]
    [InlineData("V7", MarkStrength.Common)]
    [InlineData("JAGUAR", MarkStrength.Everyday)]
    [InlineData("S-Mart", MarkStrength.Common)] // read as "smart"
    [InlineData("Reál", MarkStrength.Common)] // read as "real"
    [InlineData("Tool-Kit", MarkStrength.Everyday)] // read as "toolkit", tool + kit
    [InlineData("Unleashed", MarkStrength.Everyday)] // "unleash" inflected
    [InlineData("Energizer", MarkStrength.Coined)] // "energize" + r, and a brand
    [InlineData("Fisher-Price", MarkStrength.Coined)]
    [InlineData("Jaeger", MarkStrength.Coined)]
    [InlineData("Ravensburger", MarkStrength.Coined)]
    [InlineData("Coca-Cola", MarkStrength.Coined)]
    [InlineData("Häagen-Dazs", MarkStrength.Coined)]
    [InlineData("Leggett & Platt", MarkStrength.Coined)]
    public void Marks_are_told_coined_everyday_or_common(string mark, MarkStrength expected) =>
        Assert.Equal(expected, MarkStrengthJudge.Default.Judge(mark, null).Strength);

    [Theory]
    [InlineData("Immersive", true)] // immerse + ive
    [InlineData("Smugglers", true)] // smuggle + r, plural
    [InlineData("Rewritable", true)] // rewrite + able
    [InlineData("Ravensburger", false)]
    [InlineData("Nintendo", false)]
    public void A_title_word_derived_from_an_english_one_is_everyday(string word, bool expected) =>
        Assert.Equal(expected, MarkStrengthJudge.Default.IsEverydayOrDerivedWord(word));

    [Fact]
    public void A_mark_that_names_the_goods_themselves_is_generic_for_those_goods_only()
    {
        Assert.Equal(MarkStrength.GenericForGoods, MarkStrengthJudge.Default.Judge("SOFA", 20).Strength);
        Assert.NotEqual(MarkStrength.GenericForGoods, MarkStrengthJudge.Default.Judge("SOFA", 9).Strength);
        Assert.NotEqual(MarkStrength.GenericForGoods, MarkStrengthJudge.Default.Judge("GALAXY", 9).Strength); // a device word, not the goods' name
    }

    [Fact]
    public void Related_classes_are_symmetric_and_explained()
    {
        Assert.True(ClassRelations.AreRelated(25, 18, out var why));
        Assert.True(ClassRelations.AreRelated(18, 25, out var back));
        Assert.Equal(why, back);
        Assert.False(ClassRelations.AreRelated(9, 12, out _));
        Assert.Equal(GoodsRelation.SameClass, ClassRelations.Relate([9, 28], [28]).Relation);
        Assert.Equal(GoodsRelation.AnyClass, ClassRelations.Relate([], [28]).Relation);
        Assert.Equal(GoodsRelation.UnknownGoods, ClassRelations.Relate([9], []).Relation);
    }
}
