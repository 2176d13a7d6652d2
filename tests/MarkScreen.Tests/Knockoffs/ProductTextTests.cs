using MarkScreen.Knockoffs.Products;

namespace MarkScreen.Tests.Knockoffs;

public class ProductTextTests
{
    [Fact]
    public void Model_numbers_are_found_whole_and_by_hyphenated_parts_and_compared_without_punctuation()
    {
        var codes = ProductText.ExtractCodes("XTA-3510-73-GB-10K (540-5629) Sun 73-GB Internal").ToHashSet();
        Assert.Contains("xta351073gb10k", codes);
        Assert.Contains("5405629", codes);
        Assert.Contains("xta", codes.Select(c => c[..3]));
        Assert.DoesNotContain("73gb", codes); // a quantity, not a code
        Assert.Equal(ProductText.Normalize("DP-29F"), ProductText.Normalize("dp29f"));
    }

    [Fact]
    public void Quantities_are_read_with_their_units_and_terabytes_become_gigabytes()
    {
        var q = ProductText.ExtractQuantities("Seagate 1TB external drive, 2.4 GHz, 60 watts, 3 pack, 15.6\" screen");
        Assert.Contains(new Quantity(1000, "gb"), q);
        Assert.Contains(new Quantity(2.4, "ghz"), q);
        Assert.Contains(new Quantity(60, "w"), q);
        Assert.Contains(new Quantity(3, "pack"), q);
        Assert.Contains(new Quantity(15.6, "in"), q);
    }

    [Fact]
    public void A_record_knows_its_codes_from_the_model_column_too()
    {
        var text = new ProductText(new ProductRecord("1", "epson projector lamp", ModelNumber: "ELPLP-12"));
        Assert.Contains("elplp12", text.Codes);
        Assert.Contains("elplp12", text.Squashed, StringComparison.Ordinal);
    }
}
