using System.IO.Compression;
using System.Text;
using MarkScreen.Marks;
using MarkScreen.Registers;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Tests.Registers.Import;

public sealed class RegisterImporterTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly MarkStore _store;
    private readonly RegisterImporter _importer;

    public RegisterImporterTests()
    {
        _store = MarkStore.Open(_dir.File("register.db"));
        _importer = new RegisterImporter(_store);
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    private TrademarkRecord Get(string id)
    {
        Assert.True(MarkId.TryParse(id, out var markId));
        return Assert.Single(_store.Find(markId)).Record;
    }

    [Fact]
    public void Every_record_file_in_the_shared_uspto_data_imports()
    {
        var files = Directory.GetFiles(TestData.Shared("uspto-trademarks", "case-file-records"), "*.xml")
            .Concat(Directory.GetFiles(TestData.Shared("uspto-trademarks", "tsdr-st66-st96"), "*.xml"))
            .Where(f => !Path.GetFileName(f).StartsWith("prolog", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(33, files.Count);
        foreach (var file in files)
        {
            var s = _importer.ImportFile(file);
            Assert.True(s.Committed, $"{Path.GetFileName(file)}: {s.FileError}");
            Assert.Equal(0, s.Rejected);
            Assert.Equal(1, s.Read);
        }
        Assert.Equal("JAVA", Get("rn2178784").MarkText);
        Assert.Equal("Oracle America, Inc.", Get("rn2178784").CurrentOwner!.Name);
        Assert.Equal([9], Get("rn2178784").NiceClasses);
        Assert.Equal("Intel Corporation", Get("sn85334015").CurrentOwner!.Name);
        Assert.Null(Get("sn77478018").MarkText);
        Assert.Equal("630", Get("sn98763166").StatusCode);
        Assert.Equal("SUVENEER", Get("98763166").MarkText);
    }

    [Fact]
    public void The_prolog_without_records_is_reported_and_changes_nothing()
    {
        var s = _importer.ImportFile(TestData.Shared("uspto-trademarks", "case-file-records", "prolog-application-v2-current.xml"));
        Assert.False(s.Committed);
        Assert.Equal(0, s.Read);
        Assert.Equal(0, _store.Count());
    }

    [Theory]
    [InlineData("tmterminal-manifest.json")]
    public void Files_that_are_not_registers_are_refused_clearly(string name)
    {
        var s = _importer.ImportFile(TestData.Shared("uspto-trademarks", "case-file-records", name));
        Assert.False(s.Committed);
        Assert.Contains("not a register file", s.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Re_importing_a_file_changes_nothing_and_says_so()
    {
        var first = _importer.ImportFile(TestData.UsptoBulk("daily-ib-72269147.xml"));
        Assert.Equal(1, first.Inserted);
        var again = _importer.ImportFile(TestData.UsptoBulk("daily-ib-72269147.xml"));
        Assert.Equal((1, 0, 0, 1), (again.Read, again.Inserted, again.Updated, again.Unchanged));
        Assert.True(again.ChangedNothing);
    }

    [Theory]
    [InlineData("goods-before-replacement-75932504.xml", "goods-after-replacement-75932504.xml")]
    [InlineData("publication-before-79366581.xml", "publication-after-79366581.xml")]
    [InlineData("revival-before-98186103.xml", "revival-after-98186103.xml")]
    public void Daily_files_in_sequence_leave_the_later_record(string before, string after)
    {
        _importer.ImportFile(TestData.UsptoBulk(before));
        var s = _importer.ImportFile(TestData.UsptoBulk(after));
        Assert.Equal(1, s.Updated);
        var inOrder = _store.All().Single().Record;

        using var other = new TempDir();
        using var store2 = MarkStore.Open(other.File("reverse.db"));
        var importer2 = new RegisterImporter(store2);
        importer2.ImportFile(TestData.UsptoBulk(after));
        var stale = importer2.ImportFile(TestData.UsptoBulk(before));
        Assert.Equal(1, stale.Stale);
        var reversed = store2.All().Single().Record;
        Assert.Equal(Json(inOrder), Json(reversed));
    }

    [Fact]
    public void The_same_record_from_several_formats_imports_to_the_same_store_in_any_order_and_re_imports_as_no_change()
    {
        var files = Directory.GetFiles(TestData.Samples("tsdr")).Order(StringComparer.Ordinal).ToList();
        foreach (var f in files) _importer.ImportFile(f);
        var forward = _store.All().Select(m => Json(m.Record)).ToList();

        using var other = new TempDir();
        using var store2 = MarkStore.Open(other.File("reverse.db"));
        var importer2 = new RegisterImporter(store2);
        foreach (var f in Enumerable.Reverse(files)) importer2.ImportFile(f);
        Assert.Equal(forward.Order(StringComparer.Ordinal), store2.All().Select(m => Json(m.Record)).Order(StringComparer.Ordinal));

        var again = files.Select(f => _importer.ImportFile(f)).ToList();
        Assert.All(again, s => Assert.True(s.ChangedNothing, $"{s.File}: updated {s.Updated}"));
        Assert.Equal("wipo-st96", Get("rn2178784").SourceFormat);
    }

    [Fact]
    public void A_later_record_replaces_the_class_set_instead_of_merging_it()
    {
        _importer.ImportFile(TestData.UsptoBulk("publication-before-79366581.xml"));
        Assert.Contains(25, Get("sn79366581").NiceClasses);
        _importer.ImportFile(TestData.UsptoBulk("publication-after-79366581.xml"));
        var r = Get("sn79366581");
        Assert.Equal([3, 18, 32, 35], r.NiceClasses);
        Assert.Equal("686", r.StatusCode);

        _importer.ImportFile(TestData.UsptoBulk("revival-before-98186103.xml"));
        Assert.Equal(Liveness.Dead, Get("sn98186103").Liveness);
        _importer.ImportFile(TestData.UsptoBulk("revival-after-98186103.xml"));
        Assert.Equal(Liveness.Live, Get("sn98186103").Liveness);
        Assert.Null(Get("sn98186103").AbandonmentDate);
        Assert.NotNull(Get("sn98186103").Disclaimer);
    }

    [Fact]
    public void Registration_numbers_are_found_with_or_without_leading_zeros()
    {
        _importer.ImportFile(TestData.UsptoBulk("daily-ib-72269147.xml"));
        Assert.Equal("MADISON SQUARE GARDEN", Get("rn835284").MarkText);
        Assert.Equal("MADISON SQUARE GARDEN", Get("rn0835284").MarkText);
    }

    [Fact]
    public void A_generated_daily_file_with_broken_records_imports_everything_else()
    {
        var path = _dir.File("apc-generated.xml");
        GeneratedFileInfo info;
        using (var f = File.Create(path))
            info = new UsptoDailyFileGenerator(seed: 42) { BrokenRate = 0.02, DuplicateRate = 0.02, OddUnicodeRate = 0.2 }.Write(f, 3_000_000, new DateOnly(2024, 9, 25));
        Assert.True(info.Broken > 5 && info.Duplicates > 5);

        var s = _importer.ImportFile(path);
        Assert.True(s.Committed);
        Assert.Equal(info.Records, s.Read);
        Assert.Equal(info.Broken, s.Rejected);
        Assert.Equal(info.Duplicates, s.Updated);
        Assert.Equal(s.Read - s.Rejected - s.Updated, s.Inserted);
        Assert.Equal(s.Inserted, _store.Count());
        Assert.All(s.Issues.Where(i => i.Severity == IssueSeverity.Error), i =>
        {
            Assert.Equal("apc-generated.xml", i.File);
            Assert.True(i.Line > 1);
        });
        Assert.Contains(s.Issues, i => i.Reason.Contains("unknown status code '999'", StringComparison.Ordinal));
        Assert.Contains(s.Issues, i => i.Reason.Contains("invalid XML", StringComparison.Ordinal));
        Assert.Contains(s.Issues, i => i.Reason.Contains("missing serial number", StringComparison.Ordinal));
        Assert.Contains(s.Issues, i => i.Field == "filing-date");
        Assert.Contains(_store.All(), m => m.Record.MarkText is { } t && t.Any(c => c > 0x2000));

        var again = _importer.ImportFile(path);
        Assert.Equal(0, again.Inserted + again.Updated);
        Assert.Equal(s.Inserted + s.Updated, again.Unchanged + again.Stale);
    }

    [Fact]
    public void Invalid_xml_inside_one_record_costs_only_that_record()
    {
        var good = File.ReadAllText(TestData.UsptoBulk("daily-na-98763166.xml"));
        var broken = good.Replace("98763166", "98763167", StringComparison.Ordinal).Replace("<mark-drawing-code>", "<mark-drawing-code><oops>", StringComparison.Ordinal);
        var third = good.Replace("98763166", "98763168", StringComparison.Ordinal);
        var path = _dir.File("mixed.xml");
        File.WriteAllText(path, "<trademark-applications-daily>\n" + good + broken + third + "</trademark-applications-daily>\n");
        var s = _importer.ImportFile(path);
        Assert.Equal((3, 2, 1), (s.Read, s.Inserted, s.Rejected));
        var issue = Assert.Single(s.Issues);
        Assert.Contains("invalid XML", issue.Reason, StringComparison.Ordinal);
        // The broken record starts after the root line and the first record; its mark-drawing-code is its 10th line.
        Assert.Equal(2 + good.Count(c => c == '\n') + 9, issue.Line);
        Assert.Equal(["98763166", "98763168"], _store.All().Select(m => m.Record.SerialNumber).ToArray());
    }

    [Fact]
    public void A_truncated_file_keeps_the_complete_records_and_reports_the_cut()
    {
        var path = _dir.File("truncated.xml");
        using (var f = File.Create(path)) new UsptoDailyFileGenerator(seed: 3).Write(f, 400_000, new DateOnly(2024, 9, 25));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        var s = _importer.ImportFile(path);
        Assert.True(s.Committed);
        Assert.Equal(1, s.Rejected);
        Assert.Contains("file ends inside this record", s.Issues.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(s.Read - 1, s.Inserted + s.Updated);
    }

    [Fact]
    public void Duplicate_serials_in_one_file_keep_the_latest_transaction()
    {
        var older = File.ReadAllText(TestData.UsptoBulk("goods-before-replacement-75932504.xml"));
        var newer = File.ReadAllText(TestData.UsptoBulk("goods-after-replacement-75932504.xml"));
        var path = _dir.File("dupes.xml");
        File.WriteAllText(path, newer + older + newer);
        var s = _importer.ImportFile(path);
        Assert.Equal((3, 1, 1, 1), (s.Read, s.Inserted, s.Stale, s.Unchanged));
        Assert.Equal(new DateOnly(2024, 9, 25), Get("sn75932504").TransactionDate);
    }

    [Fact]
    public void A_file_of_only_broken_records_leaves_the_store_untouched()
    {
        _importer.ImportFile(TestData.UsptoBulk("daily-na-98763166.xml"));
        var path = _dir.File("bad.xml");
        File.WriteAllText(path, "<case-file><registration-number>1</registration-number></case-file>\n<case-file><serial-number>x1</serial-number></case-file>");
        var s = _importer.ImportFile(path);
        Assert.False(s.Committed);
        Assert.Equal(2, s.Rejected);
        Assert.Equal(1, _store.Count());
        Assert.Equal(1, _store.Stats().Imports);
    }

    [Fact]
    public void A_cancelled_import_rolls_back_the_whole_file()
    {
        var path = _dir.File("big.xml");
        using (var f = File.Create(path)) new UsptoDailyFileGenerator(seed: 5).Write(f, 1_000_000, new DateOnly(2024, 9, 25));
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var importer = new RegisterImporter(_store, new ImportOptions { OnIssue = _ => { } });
        var progress = new SynchronousProgress(_ =>
        {
            if (++seen == 1) cancel.Cancel();
        });
        var s = importer.ImportFile(path, progress, cancel.Token);
        Assert.False(s.Committed);
        Assert.Contains("cancelled", s.FileError, StringComparison.Ordinal);
        Assert.Equal(0, _store.Count());
    }

    [Fact]
    public void A_zipped_daily_file_imports_like_the_xml_inside()
    {
        var path = _dir.File("apc240925.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(TestData.UsptoBulk("daily-na-98763166.xml"), "apc240925.xml");
            zip.CreateEntryFromFile(TestData.UsptoBulk("daily-ib-72269147.xml"), "apc240925-ib.xml");
            using var readme = new StreamWriter(zip.CreateEntry("README.pdf").Open());
            readme.Write("%PDF-1.4 \0 binary");
        }
        var s = _importer.ImportFile(path);
        Assert.True(s.Committed);
        Assert.Equal(2, s.Inserted);
        Assert.Equal("apc240925.zip!apc240925.xml", Get("sn98763166").SourceFile);
    }

    [Fact]
    public void A_csv_watchlist_and_uspto_records_live_side_by_side()
    {
        var path = _dir.File("watch.csv");
        File.WriteAllText(path, "mark,owner,classes,office\nAIRBAG,PopSockets LLC,9,\nJAVA,Oracle,9,US\n", Encoding.UTF8);
        var s = _importer.ImportFile(path);
        Assert.Equal(2, s.Inserted);
        Assert.Equal(2, _store.Stats().ByOffice.Sum(o => o.Count));
        Assert.Contains(_store.Stats().ByOffice, o => o.Key == "LIST");
    }

    private static string Json(TrademarkRecord r) =>
        System.Text.Json.JsonSerializer.Serialize(r with { SourceFile = null }, MarkScreen.Reporting.JsonDefaults.Compact);

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
