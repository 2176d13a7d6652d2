using System.Text;
using MarkScreen.Marks;
using MarkScreen.Registers;
using MarkScreen.Registers.Csv;

namespace MarkScreen.Tests.Registers.Csv;

public class CsvRegisterReaderTests
{
    private static List<ReadItem> Read(string csv, string office = "LIST") => TestData.ReadText(new CsvRegisterReader(office).Read, csv, "brands.csv");

    [Fact]
    public void A_brand_list_with_every_optional_column_reads_into_records()
    {
        var items = Read("""
            Mark,Owner,Classes,Status,Serial Number,Registration Number,Filing Date,Registration Date,Goods,Country,Office,Source
            AIRBAG,"PopSockets LLC","9",live,90312345,6553300,2020-11-12,2021-11-09,"Hand grips, stands and cases for handheld electronic devices",US,US,Press reports
            SHEIN,Roadget Business Pte. Ltd.,25;35,live,,,,,Clothing,SG,,
            """);
        Assert.All(items, i => Assert.Null(i.Rejection));
        var airbag = items[0].Record!;
        Assert.Equal("AIRBAG", airbag.MarkText);
        Assert.Equal("US", airbag.Office);
        Assert.Equal("90312345", airbag.SerialNumber);
        Assert.Equal("6553300", airbag.RegistrationNumber);
        Assert.Equal(new DateOnly(2021, 11, 9), airbag.RegistrationDate);
        Assert.Equal([9], airbag.NiceClasses);
        Assert.Equal("PopSockets LLC", airbag.CurrentOwner!.Name);
        Assert.Equal("Press reports", airbag.Source);
        var shein = items[1].Record!;
        Assert.Equal([25, 35], shein.NiceClasses);
        Assert.Equal("LIST", shein.Office);
        Assert.StartsWith("L", shein.SerialNumber, StringComparison.Ordinal);
        Assert.Equal(Liveness.Live, shein.Liveness);
    }

    [Fact]
    public void A_mark_without_classes_applies_to_every_class()
    {
        var r = Assert.Single(Read("mark\nNIKE\n")).Record!;
        Assert.Empty(r.NiceClasses);
        Assert.Empty(r.Classes);
    }

    [Fact]
    public void Semicolon_separated_files_with_a_bom_are_detected()
    {
        var r = Assert.Single(Read("\uFEFFmarke;trademark;classes\nx;Würth;7|8\n")).Record!;
        Assert.Equal("Würth", r.MarkText);
        Assert.Equal([7, 8], r.NiceClasses);
    }

    [Fact]
    public void The_same_mark_and_owner_always_get_the_same_key()
    {
        Assert.Equal(CsvRegisterReader.SyntheticSerial("Shein", "Roadget"), CsvRegisterReader.SyntheticSerial("SHEIN", "ROADGET"));
        Assert.NotEqual(CsvRegisterReader.SyntheticSerial("Shein", "Roadget"), CsvRegisterReader.SyntheticSerial("Shein", null));
    }

    [Fact]
    public void Bad_rows_are_rejected_with_their_line_and_the_good_rows_kept()
    {
        var items = Read("mark,classes,status,filing_date\nGOOD,9,live,2020-01-01\nBADCLASS,99,live,\nBADSTATUS,9,maybe,\nBADDATE,9,live,2020-13-01\n,9,live,\nALSO GOOD,9;25,dead,\n");
        Assert.Equal(["GOOD", "ALSO GOOD"], items.Where(i => i.Record is not null).Select(i => i.Record!.MarkText!).ToArray());
        var rejected = items.Where(i => i.Rejection is not null).Select(i => i.Rejection!).ToList();
        Assert.Equal(4, rejected.Count);
        Assert.Equal(("classes", 3L), (rejected[0].Field, rejected[0].Line));
        Assert.Equal(("status", 4L), (rejected[1].Field, rejected[1].Line));
        Assert.Equal(("filing_date", 5L), (rejected[2].Field, rejected[2].Line));
        Assert.Equal(("mark", 6L), (rejected[3].Field, rejected[3].Line));
        Assert.Equal(Liveness.Dead, items[^1].Record!.Liveness);
    }

    [Fact]
    public void Broken_quoting_is_reported_and_reading_goes_on()
    {
        var items = Read("mark,owner\nGOOD,Acme\n\"BAD\" quote,Acme\nNEXT,Acme\n");
        Assert.Contains(items, i => i.Rejection is { } r && r.Reason.Contains("quoting", StringComparison.Ordinal));
        Assert.Equal("GOOD", items[0].Record!.MarkText);
        Assert.Equal(3, items[1].Rejection!.Line);
        Assert.Equal("NEXT", items[2].Record!.MarkText);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_text()
    {
        var r = Assert.Single(Read("mark\n12\" VINYL\n")).Record!;
        Assert.Equal("12\" VINYL", r.MarkText);
    }

    [Fact]
    public void Invalid_utf8_is_named_as_such()
    {
        var bytes = Encoding.UTF8.GetBytes("mark\nGOOD\n").Concat(new byte[] { 0x42, 0xFF, 0xFE, 0x41, 0x0A }).ToArray();
        using var stream = new MemoryStream(bytes);
        var items = new CsvRegisterReader().Read(stream, "latin1.csv").ToList();
        Assert.Equal("GOOD", items[0].Record!.MarkText);
        Assert.Contains("UTF-8", items[1].Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(3, items[1].Rejection!.Line);
    }

    [Fact]
    public void A_file_without_a_mark_column_is_refused_as_a_whole()
    {
        var item = Assert.Single(Read("name,price\nfoo,1\n"));
        Assert.Equal("mark", item.Rejection!.Field);
    }

    [Fact]
    public void The_headerless_tess_export_in_shared_data_reads_with_its_goods_classes()
    {
        var items = TestData.ReadAll(new CsvRegisterReader().Read, TestData.Shared("uspto-trademarks", "dwbb-tess-marks-sample.csv"));
        Assert.Equal(90, items.Count);
        Assert.All(items, i => Assert.Null(i.Rejection));
        var homex = items.Select(i => i.Record!).Single(r => r.SerialNumber == "88976143");
        Assert.Equal("HOMEX", homex.MarkText);
        Assert.Equal([9], homex.NiceClasses);
        Assert.StartsWith("Rotary converters", homex.Classes[0].Goods, StringComparison.Ordinal);
        Assert.Contains(items, i => i.Record!.MarkText == "SEED");
    }
}
