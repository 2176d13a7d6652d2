using System.Globalization;
using System.Text;
using MarkScreen.Index;
using MarkScreen.Matching;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;
using MarkScreen.Screening;

namespace MarkScreen.Tests.Judging;

public sealed class FindingJudgeTests
{
    [Fact]
    public void Weighing_each_spelling_once_per_class_and_standing_finds_what_weighing_every_registration_finds()
    {
        // A register where words of the shipped listings' titles are registered many times over (up to 90 each, past
        // the 64 judged), in random classes or none, with and without registration numbers, some registered by date
        // or status alone and some pending: the judge that skips equal registrations must cite the same registration
        // with the same risk, score and reasons as its simple twin, which builds and weighs every one.
        var listings = new[] { "amazon-uk-400.csv", "snapdeal-100.csv" }
            .SelectMany(f => ListingReader.Read(TestData.Samples("listings", f), new ListingColumns()))
            .Where(r => r.Listing is not null).Select(r => r.Listing!).ToArray();
        var words = listings.SelectMany(l => l.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w.All(char.IsAsciiLetter)).Select(w => w.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).Take(120).ToList();
        var random = new Random(5);
        var csv = new StringBuilder();
        var serial = 80000000;
        foreach (var word in words)
        {
            var count = random.Next(4) == 0 ? 90 : 1 + random.Next(12);
            for (var i = 0; i < count; i++)
            {
                var classes = random.Next(6) == 0 ? "" : string.Join(';', Enumerable.Range(0, 1 + random.Next(random.Next(8) == 0 ? 6 : 2)).Select(_ => 1 + random.Next(45)));
                var numbered = random.Next(2) == 0;
                var standing = random.Next(3);
                csv.Append(CultureInfo.InvariantCulture, $"{(random.Next(5) == 0 ? word.ToLowerInvariant() : word)},Owner {random.Next(30)},{classes},{(standing == 0 ? "pending" : "registered")},{++serial},{(numbered ? (5000000 + serial).ToString(CultureInfo.InvariantCulture) : "")},{(standing == 2 ? "2019-05-01" : "")},US\n");
            }
        }
        using var register = new CsvRegister(csv.ToString());
        using var screener = new Screener(register.Index, register.Records);
        using var twin = new Screener(register.Index, register.Records, null, null, weighEveryRegistration: true);

        var findings = 0;
        var crowded = 0;
        foreach (var listing in listings)
        {
            var (fast, slow) = (screener.Screen(listing), twin.Screen(listing));
            Assert.Equal(Report(slow), Report(fast));
            findings += fast.Findings.Count;
            crowded += fast.Findings.Count(f => f.OtherRegistrations >= 64);
        }
        Assert.True(findings > 200, $"{findings} findings");
        Assert.True(crowded > 30, $"{crowded} findings of spellings with more registrations than are judged");
    }

    [Theory]
    [InlineData("27 inch LCD monitor", null, null)]
    [InlineData("lcd screen protector for phones", null, null)]
    [InlineData("Fit and flare dress", null, null)]
    [InlineData("lCD screen cleaning cloth", null, null)]
    [InlineData("bali beach towel", null, null)]
    [InlineData("NlKE running shoes", "NIKE", MatchKind.Homoglyph)]
    public void A_spelling_that_differs_by_a_plainly_drawn_i_or_l_is_no_look_alike(string title, string? mark, MatchKind? kind)
    {
        // LCD and ICD share a skeleton, so "LCD" in a title hits the registrations of both. A capital L never looks
        // like an I, nor a dotted i like an l: ICD is not cited for "LCD" or "lcd", nor FLT for "Fit". A lower-case
        // l among capitals is drawn like an I ("NlKE" stays a look-alike), but under four letters no disguise counts,
        // in judging as in the matcher ("lCD"). "bali" shares a skeleton with BALL and BAIL, and looks like neither.
        using var register = new CsvRegister(
            "ICD,Icd Ltd,9;21,registered,81000001,6000001,2019-05-01,US\nLCD,Lcd Co,41,registered,81000002,6000002,2019-05-01,US\n"
            + "FLT,Flt Inc,25,registered,81000003,6000003,2019-05-01,US\nNIKE,Nike Inc,25,registered,81000004,6000004,2019-05-01,US\n"
            + "BALL,Ball Co,24,registered,81000005,6000005,2019-05-01,US\nBAIL,Bail Co,24,registered,81000006,6000006,2019-05-01,US\n");
        using var screener = new Screener(register.Index, register.Records);
        var findings = screener.Screen(new Listing("l1", title)).Findings.Where(f => f.Mark is "ICD" or "FLT" or "NIKE" or "BALL" or "BAIL").ToList();
        if (mark is null) Assert.Empty(findings);
        else Assert.Equal([(mark, kind)], findings.Select(f => (f.Mark, (MatchKind?)f.MatchKind)));
    }

    [Theory]
    [InlineData("Jewels5 Anluan Yellow Gold Diamond 18 K Ring", null)]
    [InlineData("Allen Solly Girl's Gathered Dress", null)]
    [InlineData("Weiss 18 K gold ring", "Weiss")]
    [InlineData("Olly kids' multivitamin gummies", "Olly")]
    public void A_look_alike_inside_a_longer_word_is_not_reported(string title, string? mark)
    {
        // Real Flipkart titles: "Jewels5" reads as WEISS with 5 for S, "Solly" holds OLLY; neither is a use of those
        // names, where the names written as words are. Brand-list entries, as the demo imports them.
        AssertFindsOnly("Weiss,,,,,,,BRANDS\nOlly,,,,,,,BRANDS\n", title, mark);
    }

    [Theory]
    [InlineData("VERONIC TM70 Transparent Truly Wireless TWS Earbuds, Immersive Sound", null)]
    [InlineData("Immerlicht lamp shade", "Immer")]
    public void A_name_glued_into_a_word_derived_from_an_english_one_is_chance(string title, string? mark) =>
        // A real Snapdeal title: "Immersive" is "immerse" + ive, not the brand Immer glued to a word.
        AssertFindsOnly("Immer,,,,,,,BRANDS\n", title, mark);

    [Theory]
    [InlineData("Samsung 64gb pen drive", null)]
    [InlineData("Sandisk 9498 pen drive", "9498")]
    public void A_number_is_found_as_written_never_disguised(string title, string? mark)
    {
        // The skeleton reads 6 and 9 as g, 4 as a, 8 as b: "64gb" shares its skeleton with the mark 9498. Numbers
        // are not disguised as other numbers; a mark of digits counts where its digits are written.
        AssertFindsOnly("9498,Number Co,9,registered,82000001,6100001,2019-05-01,US\n", title, mark);
    }

    /// <summary>Screens <paramref name="title"/> against a register of <paramref name="rows"/>: it finds <paramref name="mark"/> alone, or nothing.</summary>
    private static void AssertFindsOnly(string rows, string title, string? mark)
    {
        using var register = new CsvRegister(rows);
        using var screener = new Screener(register.Index, register.Records);
        var findings = screener.Screen(new Listing("l1", title)).Findings.Select(f => f.Mark);
        Assert.Equal(mark is null ? [] : [mark], findings);
    }

    /// <summary>A register of CSV rows (after the header), imported through the real importer into a fresh store, with its index and records.</summary>
    private sealed class CsvRegister : IDisposable
    {
        private readonly TempDir _dir = new();
        private readonly MarkStore _store;

        public MarkIndex Index { get; }
        public StoreRecords Records { get; }

        public CsvRegister(string rows)
        {
            var file = _dir.File("register.csv");
            File.WriteAllText(file, "mark,owner,classes,status,serial_number,registration_number,registration_date,office\n" + rows);
            _store = MarkStore.Open(_dir.File("register.db"));
            new RegisterImporter(_store).ImportFile(file);
            Index = MarkIndex.Build(_store.LiveWordMarks());
            Records = new StoreRecords(_store);
        }

        public void Dispose()
        {
            Records.Dispose();
            Index.Dispose();
            _store.Dispose();
            _dir.Dispose();
        }
    }

    /// <summary>Everything a finding reports, and the safer title.</summary>
    private static string Report(ListingResult r) =>
        string.Join("\n", r.Findings.Select(f => $"{f.Field} {f.Mark} {f.Office}:{f.SerialNumber}/{f.RegistrationNumber} {f.Owner} {f.Status} {f.Risk} {f.Score:R} {f.MatchKind} "
            + $"{f.GoodsRelation} {f.Use} {f.MarkStrength} {f.Famous} {f.OtherRegistrations} [{string.Join(",", f.MarkClasses)}] {string.Join(" | ", f.Reasons)}"))
        + $"\nsafer: {r.Suggestion?.Text}";
}
