using MarkScreen.Marks;
using MarkScreen.Registers;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Tests.Registers.Uspto;

public class UsptoXmlReaderTests
{
    private static TrademarkRecord ReadOne(string file)
    {
        var items = TestData.ReadAll(new UsptoXmlReader().Read, TestData.UsptoBulk(file));
        var item = Assert.Single(items);
        Assert.Null(item.Rejection);
        return item.Record!;
    }

    [Fact]
    public void A_new_daily_application_keeps_its_status_code_and_owner()
    {
        var r = ReadOne("daily-na-98763166.xml");
        Assert.Equal("98763166", r.SerialNumber);
        Assert.Equal("SUVENEER", r.MarkText);
        Assert.Equal("630", r.StatusCode);
        Assert.Equal(Liveness.Live, r.Liveness);
        Assert.Null(r.RegistrationNumber);
        Assert.Equal(new DateOnly(2024, 9, 24), r.FilingDate);
        Assert.Equal(new DateOnly(2024, 9, 25), r.TransactionDate);
        Assert.Equal([16], r.NiceClasses);
        Assert.Equal("Stickers; Stick markers; Sticker albums; Sticker books", r.Classes[0].Goods);
        Assert.Equal("2024-06-12", r.Classes[0].FirstUseAnywhere);
        var owner = Assert.Single(r.Owners);
        Assert.Equal("Nguyen Quang Huy", owner.Name);
        Assert.Equal("VN", owner.Country);
        Assert.Equal("Original applicant", owner.PartyType);
        Assert.Equal("Individual", owner.EntityType);
        Assert.True(owner.IsCurrentOwner);
        Assert.Equal("Britten Kekaimalie Bailey Westsmith", r.Attorney);
        Assert.True(r.FilingBasis.HasFlag(FilingBasis.UseFiled));
        Assert.True(r.FilingBasis.HasFlag(FilingBasis.UseCurrent));
        Assert.False(r.FilingBasis.HasFlag(FilingBasis.IntentToUseFiled));
        Assert.Equal("Trademark", r.MarkType);
        Assert.StartsWith("The mark consists of letters \"SUVENEER\"", r.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_carries_its_number_date_disclaimer_and_ten_year_term()
    {
        var r = ReadOne("registration-evidence-98423838.xml");
        Assert.Equal("THE ELLINGTON AT OVIEDO PARK", r.MarkText);
        Assert.Equal("7463601", r.RegistrationNumber);
        Assert.Equal(new DateOnly(2024, 7, 30), r.RegistrationDate);
        Assert.Equal("700", r.StatusCode);
        Assert.Equal(new DateOnly(2034, 7, 30), r.ExpiryDate);
        Assert.Equal("\"OVIEDO PARK\"", r.Disclaimer);
        Assert.Equal([36], r.NiceClasses);
    }

    [Fact]
    public void A_cancelled_registration_is_dead_with_its_cancellation_date_and_class_status()
    {
        var r = ReadOne("cancellation-evidence-85017257.xml");
        Assert.Equal("BLONDE SUMMER", r.MarkText);
        Assert.Equal("710", r.StatusCode);
        Assert.Equal(Liveness.Dead, r.Liveness);
        Assert.Equal(new DateOnly(2018, 12, 7), r.CancellationDate);
        Assert.Null(r.ExpiryDate);
        var c = Assert.Single(r.Classes);
        Assert.Equal("2", c.StatusCode);
        Assert.Equal("Sec. 8 - entire registration", c.Status);
    }

    [Fact]
    public void One_classification_with_two_international_codes_becomes_two_classes_with_the_goods()
    {
        var r = ReadOne("annual-2025-repeated-international-codes-tx-71060608.xml");
        Assert.Equal("SARGENT", r.MarkText);
        Assert.Equal([6, 20], r.NiceClasses);
        Assert.All(r.Classes.Where(c => c.NiceClass is 6 or 20), c => Assert.NotNull(c.Goods));
        Assert.NotNull(r.PseudoMark);
        Assert.Equal("0098699", r.RegistrationNumber);
    }

    [Fact]
    public void A_malformed_optional_class_date_is_dropped_with_a_warning_and_the_record_kept()
    {
        var items = TestData.ReadAll(new UsptoXmlReader().Read, TestData.UsptoBulk("annual-2025-malformed-class-date-tx-74800000.xml"));
        var item = Assert.Single(items);
        Assert.Equal("GRIGIOPERLA", item.Record!.MarkText);
        Assert.Equal([25], item.Record.NiceClasses);
        Assert.Null(item.Record.Classes[0].StatusDate);
        var warning = Assert.Single(item.Warnings);
        Assert.Equal("classification/status-date", warning.Field);
        Assert.Contains("10101", warning.Reason, StringComparison.Ordinal);
        Assert.True(warning.Line > 1, "the warning names the line of the bad date, not the record start");
        Assert.Equal("74800000", warning.SerialNumber);
    }

    [Fact]
    public void A_design_mark_without_words_is_stored_with_its_goods()
    {
        var r = ReadOne("daily-ib-sparse-85127660.xml");
        Assert.Null(r.MarkText);
        Assert.Equal("4062217", r.RegistrationNumber);
        Assert.Equal([25], r.NiceClasses);
        Assert.Equal("Denims", r.Classes.Single(c => c.NiceClass == 25).Goods);
        Assert.StartsWith("Illustration", r.DrawingType, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_owner_is_the_latest_party_in_the_chain()
    {
        var r = ReadOne("daily-ib-72269147.xml");
        Assert.Equal("MADISON SQUARE GARDEN", r.MarkText);
        Assert.Equal(7, r.Owners.Count);
        var current = r.Owners.Where(o => o.IsCurrentOwner).ToList();
        Assert.NotEmpty(current);
        var top = r.Owners.Where(o => int.Parse(o.PartyTypeCode!, System.Globalization.CultureInfo.InvariantCulture) < 70)
            .Max(o => int.Parse(o.PartyTypeCode!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(current, o => Assert.Equal(top, int.Parse(o.PartyTypeCode!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Status_only_records_are_kept_with_their_status()
    {
        var r = ReadOne("annual-status-only-tx-60172053.xml");
        Assert.Equal("60172053", r.SerialNumber);
        Assert.Equal("0172053", r.RegistrationNumber);
        Assert.Equal("626", r.StatusCode);
        Assert.Null(r.MarkText);
        Assert.Empty(r.Owners);
    }

    [Fact]
    public void Goods_keyed_by_a_us_class_attach_to_the_classification_with_that_primary_code()
    {
        var r = ReadOne("annual-2025-sparse-tx-70165419.xml");
        var c = Assert.Single(r.Classes, c => c.NiceClass == 16);
        Assert.Equal("LEADS FOR MECHANICAL PENCILS.", c.Goods);
    }

    [Fact]
    public void A_no_break_space_in_statement_text_survives()
    {
        var r = ReadOne("goods-after-replacement-75932504.xml");
        Assert.Contains("DISCS FOR USE WITH VIDEO GAME CONSOLES", r.Classes.Single(c => c.NiceClass == 9).Goods, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_code_rejects_the_record_naming_file_line_and_field()
    {
        var xml = File.ReadAllText(TestData.UsptoBulk("daily-na-98763166.xml")).Replace("<status-code>630</status-code>", "<status-code>999</status-code>", StringComparison.Ordinal);
        var item = Assert.Single(TestData.ReadText(new UsptoXmlReader().Read, xml, "apc240925.xml"));
        Assert.Null(item.Record);
        Assert.Equal("status-code", item.Rejection!.Field);
        Assert.Equal("apc240925.xml", item.Rejection.File);
        Assert.Equal(7, item.Rejection.Line);
        Assert.Contains("unknown status code '999'", item.Rejection.Reason, StringComparison.Ordinal);
        Assert.Equal("98763166", item.Rejection.SerialNumber);
    }

    [Fact]
    public void A_bad_filing_date_rejects_the_record()
    {
        var xml = File.ReadAllText(TestData.UsptoBulk("daily-na-98763166.xml")).Replace("<filing-date>20240924</filing-date>", "<filing-date>20241340</filing-date>", StringComparison.Ordinal);
        var item = Assert.Single(TestData.ReadText(new UsptoXmlReader().Read, xml));
        Assert.Equal("filing-date", item.Rejection!.Field);
        Assert.Contains("bad date", item.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_control_characters_are_replaced_and_the_record_kept()
    {
        var xml = File.ReadAllText(TestData.UsptoBulk("daily-na-98763166.xml")).Replace("SUVENEER</mark", "SUVE\u0007NEER</mark", StringComparison.Ordinal);
        var item = Assert.Single(TestData.ReadText(new UsptoXmlReader().Read, xml));
        Assert.Equal("SUVE NEER", item.Record!.MarkText);
        Assert.Contains(item.Warnings, w => w.Reason.Contains("control character", StringComparison.Ordinal));
    }
}
