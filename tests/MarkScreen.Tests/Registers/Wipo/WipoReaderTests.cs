using MarkScreen.Marks;
using MarkScreen.Registers;
using MarkScreen.Registers.Wipo;

namespace MarkScreen.Tests.Registers.Wipo;

/// <summary>The same TSDR records in ST.66, current ST.96 and the older ST.96 namespace must read alike.</summary>
public class WipoReaderTests
{
    private static TrademarkRecord Read(string file)
    {
        Func<Stream, string, IEnumerable<ReadItem>> reader = file.Contains("ST66", StringComparison.Ordinal) ? new St66Reader().Read : new St96Reader().Read;
        var item = Assert.Single(TestData.ReadAll(reader, TestData.Tsdr(file)));
        Assert.Null(item.Rejection);
        return item.Record!;
    }

    [Theory]
    [InlineData("rn2178784-ST66.xml")]
    [InlineData("rn2178784-ST96.xml")]
    [InlineData("rn2178784-ST96-old.xml")]
    public void Java_is_oracles_class_9_registration_in_every_format(string file)
    {
        var r = Read(file);
        Assert.Equal("JAVA", r.MarkText);
        Assert.Equal("US", r.Office);
        Assert.Equal("74631225", r.SerialNumber);
        Assert.Equal("2178784", r.RegistrationNumber);
        Assert.Equal("800", r.StatusCode);
        Assert.Equal("REGISTERED AND RENEWED", r.Status);
        Assert.Equal(Liveness.Live, r.Liveness);
        Assert.Equal(new DateOnly(1995, 2, 7), r.FilingDate);
        Assert.Equal(new DateOnly(1998, 8, 4), r.RegistrationDate);
        Assert.Equal([9], r.NiceClasses);
        Assert.StartsWith("computer programs for use in developing", r.Classes.Single(c => c.NiceClass == 9).Goods, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Oracle America, Inc.", r.CurrentOwner!.Name);
        Assert.True(r.FilingBasis.HasFlag(FilingBasis.UseCurrent));
        Assert.True(r.FilingBasis.HasFlag(FilingBasis.IntentToUseFiled));
    }

    [Theory]
    [InlineData("sn85334015-ST66.xml")]
    [InlineData("sn85334015-ST96.xml")]
    public void Ultrabook_belongs_to_intel(string file)
    {
        var r = Read(file);
        Assert.Equal("ULTRABOOK", r.MarkText);
        Assert.Equal("700", r.StatusCode);
        Assert.Equal("Intel Corporation", r.CurrentOwner!.Name);
        Assert.Contains(9, r.NiceClasses);
    }

    [Theory]
    [InlineData("sn77478018-ST66.xml")]
    [InlineData("sn77478018-ST96.xml")]
    public void A_design_mark_without_a_word_element_is_stored_with_its_classes(string file)
    {
        var r = Read(file);
        Assert.Null(r.MarkText);
        Assert.Equal("77478018", r.SerialNumber);
        Assert.Equal("701", r.StatusCode);
        Assert.Equal([14, 25, 30], r.NiceClasses);
        Assert.Equal("Haydel's Bakery", r.CurrentOwner!.Name);
    }

    [Fact]
    public void Class_status_split_over_two_st96_class_descriptions_is_merged()
    {
        var c = Assert.Single(Read("rn2178784-ST96.xml").Classes);
        Assert.Equal("6", c.StatusCode);
        Assert.Equal("ACTIVE", c.Status);
        Assert.NotNull(c.Goods);
    }

    [Fact]
    public void A_disclaimer_is_kept()
    {
        Assert.Equal("\"A UNIFORM SYSTEM OF CITATION\"", Read("rn3886986-ST66.xml").Disclaimer);
        Assert.Equal("\"A UNIFORM SYSTEM OF CITATION\"", Read("rn3886986-ST96.xml").Disclaimer);
    }

    [Fact]
    public void Python_lists_its_two_classes_and_owner()
    {
        var r = Read("sn76044902-ST66.xml");
        Assert.Equal("PYTHON", r.MarkText);
        Assert.Equal("2824281", r.RegistrationNumber);
        Assert.Equal([9, 42], r.NiceClasses);
        Assert.Equal("PYTHON SOFTWARE FOUNDATION", r.CurrentOwner!.Name.ToUpperInvariant());
    }

    [Fact]
    public void Broken_xml_keeps_the_records_before_it_and_names_the_line()
    {
        var text = File.ReadAllText(TestData.Tsdr("rn2178784-ST66.xml"));
        var cut = text[..(text.Length / 2)] + "<broken";
        var items = TestData.ReadText(new St66Reader().Read, cut, "cut.xml");
        var last = items[^1];
        Assert.NotNull(last.Rejection);
        Assert.Contains("invalid XML", last.Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal("cut.xml", last.Rejection.File);
        Assert.True(last.Rejection.Line >= 1);
    }

    [Fact]
    public void A_record_without_an_application_number_is_rejected()
    {
        var text = File.ReadAllText(TestData.Tsdr("rn2178784-ST66.xml")).Replace("<ApplicationNumber>74631225</ApplicationNumber>", "", StringComparison.Ordinal);
        var item = Assert.Single(TestData.ReadText(new St66Reader().Read, text));
        Assert.Equal("ApplicationNumber", item.Rejection!.Field);
    }
}
