using System.Text;
using MarkScreen.Screening;

namespace MarkScreen.Tests.Screening;

public class ListingReaderTests
{
    private static List<ListingRead> Read(string text, string name = "listings.csv", ListingColumns? columns = null) =>
        [.. ListingReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, columns ?? new ListingColumns())];

    private static List<ListingRead> Read(byte[] bytes, string name = "listings.csv") =>
        [.. ListingReader.Read(new MemoryStream(bytes), name, new ListingColumns())];

    [Fact]
    public void Real_snapdeal_listings_are_read_with_title_category_and_seller_found_by_name()
    {
        var reads = ListingReader.Read(TestData.Shared("product-listings", "snapdeal-100", "snapdeal_raw_data.csv"), new ListingColumns()).ToList();
        Assert.Equal(100, reads.Count(r => r.Listing is not null));
        var first = reads[0].Listing!;
        Assert.Equal("row 1", first.Id);
        Assert.StartsWith("Wireless Bluetooth Earbuds", first.Title, StringComparison.Ordinal);
        Assert.Equal("bluetooth_headphones", first.Category);
        Assert.Equal("Varni Enterprise", first.Seller);
        Assert.Equal(2, first.Line);
    }

    [Fact]
    public void Real_amazon_uk_listings_take_their_id_brand_and_category_path_from_the_known_columns()
    {
        var listing = ListingReader.Read(TestData.Shared("product-listings", "amazon-uk-10k", "amazon_co-ecommerce_sample.trimmed.csv"), new ListingColumns())
            .First().Listing!;
        Assert.Equal("eac7efa5dbd3d667f26eb3d3ab504464", listing.Id);
        Assert.Equal("Hornby 2014 Catalogue", listing.Title);
        Assert.Equal("Hornby", listing.Brand);
        Assert.StartsWith("Hobbies > Model Trains", listing.Category, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_named_by_the_user_win_and_an_unknown_name_is_a_clear_error()
    {
        var reads = Read("sku;headline;maker\nA1;Nike shoes;Nike\n", columns: new ListingColumns(Id: "sku", Title: "headline", Brand: "maker"));
        Assert.Equal(new Listing("A1", "Nike shoes", Brand: "Nike", Line: 2), reads.Single().Listing);
        var error = Read("id,title\n1,x\n", columns: new ListingColumns(Title: "name")).Single().Issue!;
        Assert.Contains("no column 'name'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_and_the_good_rows_around_them_are_kept()
    {
        var reads = Read("id,title\n1,Good one\n2,\n,No id here\n4,\"broken \"quote\" here\n5,\"Multi\nline title\"\n6,Last good\n");
        Assert.Equal(["1", "5", "6"], reads.Where(r => r.Listing is not null).Select(r => r.Listing!.Id));
        var issues = reads.Where(r => r.Issue is not null).Select(r => r.Issue!).ToList();
        Assert.Equal([3L, 4L, 5L], issues.Select(i => i.Line));
        Assert.Contains("no title", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("no listing id", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("broken quoting", issues[2].Message, StringComparison.Ordinal);
        Assert.Equal(6, reads.Single(r => r.Listing?.Id == "5").Listing!.Line);
        Assert.Equal(8, reads.Single(r => r.Listing?.Id == "6").Listing!.Line);
    }

    [Fact]
    public void Invalid_utf8_costs_only_its_row()
    {
        var bytes = Encoding.UTF8.GetBytes("id,title\n1,Fine\n2,Bad ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" bytes\n3,Also fine\n")).ToArray();
        var reads = Read(bytes);
        Assert.Equal(["1", "3"], reads.Where(r => r.Listing is not null).Select(r => r.Listing!.Id));
        var issue = reads.Single(r => r.Issue is not null).Issue!;
        Assert.Equal(3, issue.Line);
        Assert.Equal("title", issue.Field);
        Assert.Contains("invalid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_are_detected_by_content_and_broken_lines_are_skipped_with_their_number()
    {
        var reads = Read("{\"id\":\"a\",\"title\":\"Shein dress\",\"seller\":\"Shein_USA\",\"categories\":[\"Clothing\",\"Dresses\"]}\n\n{\"id\": 7, \"title\": \"cut off\"\n[1,2]\n{\"id\":\"c\",\"name\":\"Phone case\"}\n", "upload.txt");
        var listings = reads.Where(r => r.Listing is not null).Select(r => r.Listing!).ToList();
        Assert.Equal(["a", "c"], listings.Select(l => l.Id));
        Assert.Equal("Clothing > Dresses", listings[0].Category);
        Assert.Equal("Shein_USA", listings[0].Seller);
        Assert.Equal("Phone case", listings[1].Title);
        Assert.Equal([3L, 4L], reads.Where(r => r.Issue is not null).Select(r => r.Issue!.Line));
    }

    [Fact]
    public void Odd_unicode_and_huge_fields_are_read_not_crashed_on()
    {
        var huge = new string('x', 2_000_000);
        var reads = Read($"id,title,description\n1,\"\u200b\u0301\U0001F600 N\u0456ke\",{huge}\n");
        var listing = reads.Single().Listing!;
        Assert.Equal(2_000_000, listing.Description!.Length);
    }
}
