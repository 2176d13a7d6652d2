using MarkScreen.Judging;
using MarkScreen.Matching;

namespace MarkScreen.Tests.Screening;

/// <summary>The stories MarkScreen exists for, screened end to end against the seed register.</summary>
public sealed class SeedStoryTests(SeedRegister register) : IClassFixture<SeedRegister>
{
    private const string AirbagTitle = "Samsung Flip 3 Case, Galaxy Flip 3 Case with Ring, Built-in Airbag Protective Case for Samsung Galaxy Z Flip 3 5G 2021, Black";

    [Fact]
    public void Airbag_on_a_phone_case_is_high_risk_with_the_popsockets_registration_as_evidence()
    {
        var result = register.Screen(AirbagTitle);
        var airbag = Assert.Single(result.Findings, f => f.Mark == "AIRBAG");
        Assert.Equal(RiskLevel.High, airbag.Risk);
        Assert.Equal(MatchKind.Exact, airbag.MatchKind);
        Assert.Equal(MarkUse.Descriptive, airbag.Use);
        Assert.Equal(GoodsRelation.SameClass, airbag.GoodsRelation);
        Assert.Equal("PopSockets LLC", airbag.Owner);
        Assert.Equal([9], airbag.MarkClasses);
        Assert.Contains(9, airbag.ListingClasses);
        Assert.Equal(new DateOnly(2021, 11, 9), airbag.RegistrationDate);
        Assert.Contains("cases adapted for handheld electronic devices", airbag.Goods, StringComparison.Ordinal);
        Assert.Equal("Airbag", airbag.MatchedText);
        Assert.Equal(AirbagTitle.IndexOf("Airbag", StringComparison.Ordinal), airbag.Start);
        Assert.Contains(airbag.Reasons, r => r.Contains("registered mark for these very goods", StringComparison.Ordinal));
        Assert.Contains(airbag.Reasons, r => r.Contains("air + bag", StringComparison.Ordinal));
    }

    [Fact]
    public void Samsung_in_the_same_title_is_nominative_and_low_risk()
    {
        var samsung = Assert.Single(register.Screen(AirbagTitle).Findings, f => f.Mark == "SAMSUNG");
        Assert.Equal(MarkUse.Nominative, samsung.Use);
        Assert.Equal(RiskLevel.Low, samsung.Risk);
        Assert.Equal(2, samsung.Spans.Count);
        Assert.Contains(samsung.Reasons, r => r.StartsWith("nominative use", StringComparison.Ordinal));
    }

    [Fact]
    public void The_safer_title_drops_airbag_keeps_the_compatibility_and_screens_clean()
    {
        var suggestion = register.Screen(AirbagTitle).Suggestion;
        Assert.NotNull(suggestion);
        Assert.True(suggestion!.Clean);
        Assert.DoesNotContain("Airbag", suggestion.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("for Samsung Galaxy Z Flip 3", suggestion.Text, StringComparison.Ordinal);
        Assert.Contains("Built-in Protective Case", suggestion.Text, StringComparison.Ordinal);
        Assert.Equal(["Airbag"], suggestion.Removed);
        Assert.DoesNotContain(suggestion.Remaining, f => f.Risk >= RiskLevel.Medium && f.Use != MarkUse.Nominative);
    }

    [Theory]
    [InlineData("Built-in Airbag(R) Protective Phone Case")]
    [InlineData("Built-in Airbag™ Protective Phone Case")]
    [InlineData("Built-in AIRBAG(TM) Protective Phone Case")]
    public void The_safer_title_drops_the_sign_that_went_with_the_mark(string title)
    {
        var suggestion = register.Screen(title).Suggestion;
        Assert.NotNull(suggestion);
        Assert.Equal("Built-in Protective Phone Case", suggestion!.Text);
    }

    [Fact]
    public void Airbag_on_a_steering_wheel_cover_is_not_high_risk_because_class_12_goods_are_not_phone_cases()
    {
        var result = register.Screen("Car Steering Wheel Airbag Cover");
        Assert.Equal(12, result.Classes[0].Class);
        var airbag = Assert.Single(result.Findings, f => f.Mark == "AIRBAG");
        Assert.NotEqual(RiskLevel.High, airbag.Risk);
        Assert.Equal(GoodsRelation.Unrelated, airbag.GoodsRelation);
    }

    [Fact]
    public void An_emoji_printed_cushion_cover_is_high_risk_under_the_emoji_mark()
    {
        var emoji = Assert.Single(register.Screen("Emoji Printed Cushion Cover 16x16 inch, Set of 2, Smiley Face").Findings, f => f.Mark == "EMOJI");
        Assert.Equal(RiskLevel.High, emoji.Risk);
        Assert.Equal(24, emoji.GoodsClass);
        Assert.Equal("emoji company GmbH", emoji.Owner);
    }

    [Fact]
    public void Shein_written_with_cyrillic_letters_in_a_dress_title_is_a_high_risk_homoglyph()
    {
        var shein = Assert.Single(register.Screen("S\u041D\u0415IN Women's Floral Summer Maxi Dress").Findings, f => f.Mark == "SHEIN");
        Assert.Equal(MatchKind.Homoglyph, shein.MatchKind);
        Assert.Equal(RiskLevel.High, shein.Risk);
        Assert.Contains(shein.Reasons, r => r.Contains("slip past brand filters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seller_called_Shein_USA_is_flagged_as_posing_as_the_brand()
    {
        var result = register.Screen("Women's Floral Summer Maxi Dress with Pockets", seller: "Shein_USA");
        var shein = Assert.Single(result.Findings, f => f.Mark == "SHEIN");
        Assert.Equal(ListingField.Seller, shein.Field);
        Assert.Equal(RiskLevel.High, shein.Risk);
        Assert.Contains(shein.Reasons, r => r.Contains("pass the seller off", StringComparison.Ordinal));
        Assert.Null(result.Suggestion); // the title itself is clean
    }

    [Fact]
    public void Bricks_compatible_with_lego_name_lego_nominatively()
    {
        var lego = Assert.Single(register.Screen("Building Bricks Compatible with LEGO, 1000 Pieces Classic Set").Findings, f => f.Mark == "LEGO");
        Assert.Equal(MarkUse.Nominative, lego.Use);
        Assert.Equal(RiskLevel.Low, lego.Risk);
    }

    [Fact]
    public void Everyday_words_on_the_brand_lists_do_not_bury_the_findings()
    {
        var result = register.Screen(AirbagTitle);
        Assert.Equal("AIRBAG", result.Findings[0].Mark);
        Assert.All(result.Findings.Where(f => f.Mark != "AIRBAG"), f => Assert.Equal(RiskLevel.Low, f.Risk));
    }

    [Fact]
    public void A_real_title_of_plain_words_and_a_model_number_has_no_medium_or_high_findings() =>
        Assert.DoesNotContain(register.Screen("Jewels5 Anluan Yellow Gold Diamond 18 K Ring").Findings, f => f.Risk >= RiskLevel.Medium);

    [Fact]
    public void A_clean_generic_title_has_no_medium_or_high_findings()
    {
        var result = register.Screen("Women's Cotton Printed Kurti, Blue, Size M");
        Assert.DoesNotContain(result.Findings, f => f.Risk >= RiskLevel.Medium);
        Assert.Null(result.Suggestion);
    }

    [Fact]
    public void A_mark_found_only_in_the_description_is_reported_from_there()
    {
        var result = register.Screen("Women's Floral Maxi Dress", description: "Inspired by the SHEIN summer collection.");
        var shein = Assert.Single(result.Findings, f => f.Mark == "SHEIN");
        Assert.Equal(ListingField.Description, shein.Field);
        Assert.Contains(shein.Reasons, r => r.Contains("description", StringComparison.Ordinal));
    }
}
