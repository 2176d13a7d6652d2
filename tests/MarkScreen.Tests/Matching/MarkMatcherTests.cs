using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Matching;

namespace MarkScreen.Tests.Matching;

public sealed class MarkMatcherTests : IDisposable
{
    private static readonly string[] s_marks =
    [
        "AIRBAG", "SAMSUNG", "SAMSUNG GALAXY", "NIKE", "SHEIN", "AIRPODS", "ONE", "V7", "PEN", "ADIDAS", "SEED",
        "GOOGLE", "LEVI'S", "PAYPAL", "索尼", "REEBOK", "SUMMER",
    ];

    private readonly MarkIndex _index = Register(s_marks);

    /// <summary>An index of <paramref name="marks"/>, live word marks in class 9, serial numbers from 90000000 in order.</summary>
    private static MarkIndex Register(params string[] marks) => MarkIndex.Build(marks.Select((m, i) =>
        new IndexedMark(i + 1, "US", (90000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), null, m, [9], Liveness.Live)));

    public void Dispose() => _index.Dispose();

    private IReadOnlyList<MarkHit> Find(string text) => new MarkMatcher(_index).Find(text);

    /// <summary>What a reader of the hits sees of them: each mark, its kind and how many spans.</summary>
    private static List<(string Mark, MatchKind Kind, int Spans)> Answers(MarkIndex index, string text) =>
        [.. new MarkMatcher(index).Find(text).Select(h => (h.MarkText, h.Kind, h.Spans.Count))];

    /// <summary>Asserts that, against a register of <paramref name="register"/>, the marks found in <paramref name="title"/> as one of <paramref name="kinds"/> are <paramref name="mark"/> alone, or none.</summary>
    private static void AssertFoundAs(string title, string? mark, string[] register, params MatchKind[] kinds)
    {
        using var index = Register(register);
        var found = new MarkMatcher(index).Find(title).Where(h => kinds.Contains(h.Kind)).Select(h => h.MarkText);
        Assert.Equal(mark is null ? [] : [mark], found);
    }

    private MarkHit Hit(string text, string mark) =>
        Assert.Single(Find(text), h => h.MarkText == mark);

    [Fact]
    public void A_long_description_reports_every_occurrence_of_each_mark_once_per_place()
    {
        // 2,000 repeats of a line with exact marks, a mark whose tail is walked past the shallow depth (SAMSUNG
        // GALAXY) and a typo (Adidsa): tail walks' hits are merged into the scan's, and the typo windows ask only the
        // spans near them, so neither costs more per line as the text grows (both did once, quadratically).
        const string line = "samsung galaxy case with airbag, adidsa sneakers, summer pen ";
        var text = string.Concat(Enumerable.Repeat(line, 2000));
        var hits = Find(text);
        Assert.Equal(["SAMSUNG", "SAMSUNG GALAXY", "AIRBAG", "ADIDAS", "SUMMER", "PEN"], hits.Select(h => h.MarkText));
        foreach (var hit in hits)
        {
            Assert.Equal(2000, hit.Spans.Count);
            var first = hit.Spans[0].Start;
            Assert.Equal(Enumerable.Range(0, 2000).Select(k => first + (k * line.Length)), hit.Spans.Select(s => s.Start));
        }
        Assert.Equal(MatchKind.Fuzzy, hits[3].Kind);
    }

    [Fact]
    public void Hits_come_once_per_mark_in_order_of_first_appearance_with_their_spans_in_order()
    {
        // The typo (Adidsa) is found by a later pass than the exact hits, yet it comes first; SAMSUNG and SAMSUNG
        // GALAXY start together and come in the order of their patterns.
        const string title = "Adidsa shoes, Nike Air for Samsung Galaxy and samsung, with AIRBAG, NIKE again";
        var hits = Find(title);
        Assert.Equal(["ADIDAS", "NIKE", "SAMSUNG", "SAMSUNG GALAXY", "AIRBAG"], hits.Select(h => h.MarkText));
        Assert.Equal(MatchKind.Fuzzy, hits[0].Kind);
        Assert.Equal([title.IndexOf("Nike", StringComparison.Ordinal), title.IndexOf("NIKE", StringComparison.Ordinal)], hits[1].Spans.Select(s => s.Start));
        Assert.Equal([title.IndexOf("Samsung", StringComparison.Ordinal), title.IndexOf("samsung", StringComparison.Ordinal)], hits[2].Spans.Select(s => s.Start));
    }

    [Theory]
    [InlineData("Seed Bead Starter Kit", "SEED", true)]
    [InlineData("Summer Dress", "SUMMER", true)]
    [InlineData("ONE Plus Case", "ONE", true)]
    [InlineData("Built-in Airbag Case", "AIRBAG", false)]
    [InlineData("Nike Shoes", "NIKE", false)]
    [InlineData("V7 Cable", "V7", false)]
    [InlineData("Samsung Galaxy S21", "SAMSUNG GALAXY", false)]
    public void Each_hit_says_whether_its_mark_is_a_dictionary_word(string text, string mark, bool dictionary) =>
        Assert.Equal(dictionary, Hit(text, mark).IsDictionaryWord);

    [Fact]
    public void The_airbag_title_finds_airbag_and_samsung_exactly()
    {
        const string title = "Samsung Flip 3 Case, Galaxy Flip 3 Case with Ring, Built-in Airbag Protective Case for Samsung Galaxy Z Flip 3 5G 2021, Black";
        var airbag = Hit(title, "AIRBAG");
        Assert.Equal(MatchKind.Exact, airbag.Kind);
        Assert.Equal("Airbag", airbag.MatchedText(title));
        var samsung = Hit(title, "SAMSUNG");
        Assert.Equal(2, samsung.Spans.Count);
        Assert.Equal(0, samsung.Spans[0].WordPosition);
        Assert.Equal(MatchKind.Exact, Hit(title, "SAMSUNG GALAXY").Kind);
    }

    [Theory]
    [InlineData("air bag phone case")]
    [InlineData("AIR-BAG phone case")]
    [InlineData("airbags for phones")]
    [InlineData("AirBag™ case")]
    [InlineData("AIRBAG(TM) case")]
    [InlineData("Air(R)bag case")]
    public void Spacing_case_symbols_and_plurals_are_the_same_mark(string title) =>
        Assert.Equal(MatchKind.Exact, Hit(title, "AIRBAG").Kind);

    [Theory]
    [InlineData("Playmobil Pirate Dinghy", "PLAYMOBIL")]
    [InlineData("Nintendo Switch case", "NINTENDO")]
    [InlineData("da-lite projection screen", "DALITE")]
    [InlineData("Oxford Diecast Ford Popular", "OXFORD", "FORD")]
    [InlineData("lexarmedia memory card", "LEXAR MEDIA", "LEXAR")]
    [InlineData("sonyac adapter", "SONY")]
    public void A_mark_glued_inside_a_longer_one_word_mark_found_whole_is_no_finding(string title, params string[] marks)
    {
        // The listing wrote the longer mark: MOBIL, ENDO, DALI and the FORD of "Oxford" are accidents of its letters.
        // A mark of several words squashed into one shadows nothing (the listing glued LEXAR to another word), and a
        // sound-alike window ("sonyac" as SONIK) is weaker evidence than the compound it covers.
        using var index = Register("PLAYMOBIL", "MOBIL", "NINTENDO", "ENDO", "DALITE", "DALI", "OXFORD", "FORD", "LEXAR MEDIA", "LEXAR", "SONY", "SONIK");
        var found = new MarkMatcher(index).Find(title).Where(h => h.Kind != MatchKind.Phonetic).Select(h => h.MarkText).Order(StringComparer.Ordinal);
        Assert.Equal(marks.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void A_mark_inside_a_longer_one_is_dropped_however_far_into_a_long_description()
    {
        // A bit per word past the first sixty-four: the words of a long description are tracked as the title's are.
        using var index = Register("PLAYMOBIL", "MOBIL");
        var filler = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"w{i}"));
        var text = $"{filler} Playmobil pirates, and a mobil phone {filler} Playmobil";
        var hits = new MarkMatcher(index).Find(text).ToDictionary(h => h.MarkText, h => h.Spans.Select(s => text.Substring(s.Start, s.Length)).ToList());
        Assert.Equal(["Playmobil", "Playmobil"], hits["PLAYMOBIL"]);
        Assert.Equal(["mobil"], hits["MOBIL"]);
    }

    [Theory]
    [InlineData("Christy's Betsy Bon Bon", null)]
    [InlineData("Chrisst Betsy Bon Bon", "CHRIST")]
    public void A_word_written_as_a_longer_mark_is_no_typo_of_another(string title, string? mark)
    {
        // "Christy's" is CHRISTYS, found whole: its "Christy" is no typo of CHRIST.
        AssertFoundAs(title, mark, ["CHRIST", "CHRISTYS", "BETSY"], MatchKind.Fuzzy, MatchKind.Phonetic);
    }

    [Fact]
    public void A_mark_inside_a_longer_mark_keeps_its_own_spans_elsewhere_in_the_text()
    {
        using var index = Register("OXFORD", "FORD");
        var ford = Assert.Single(new MarkMatcher(index).Find("Oxford Diecast Ford Popular"), h => h.MarkText == "FORD");
        Assert.Equal([("Ford", MatchKind.Exact)], ford.Spans.Select(s => ("Oxford Diecast Ford Popular".Substring(s.Start, s.Length), s.Kind)));
    }

    [Theory]
    [InlineData("Reading Glasses", "GLASS", MatchKind.Exact)]
    [InlineData("Lunches to go", "LUNCH", MatchKind.Exact)]
    [InlineData("Heroes figure set", "HERO", MatchKind.Exact)]
    [InlineData("Flower Toggles Clasps", "TOGGL", MatchKind.Compound)]
    [InlineData("Mercedes model car", "MERCED", MatchKind.Compound)]
    [InlineData("Summer Dress", "DRES", MatchKind.Compound)]
    public void A_plural_ending_is_one_only_where_English_spells_one(string title, string mark, MatchKind kind)
    {
        // "es" follows s, x, z, ch, sh and o, and no "s" ends a plural after another s; elsewhere the ending is the
        // word's own, and a mark that stops before it is cut from the word (judging weighs such compounds on their own).
        using var index = Register("GLASS", "DRES", "LUNCH", "HERO", "TOGGL", "MERCED");
        Assert.Equal(kind, Assert.Single(new MarkMatcher(index) { Approximate = false }.Find(title), h => h.MarkText == mark).Kind);
    }

    [Theory]
    [InlineData("N i k e running shoes", "NIKE")]
    [InlineData("N.I.K.E running shoes", "NIKE")]
    [InlineData("S-a-m-s-u-n-g charger", "SAMSUNG")]
    public void Spelled_out_marks_are_found_as_spaced(string title, string mark) =>
        Assert.Equal(MatchKind.Spaced, Hit(title, mark).Kind);

    [Theory]
    [InlineData("S-a-m-s-u-n-g charger", new[] { "SAMSUNG" })]
    [InlineData("S a m s u n g charger", new[] { "SAMSUNG" })]
    [InlineData("G.U.N.S.U.N.D. case", new string[0])]
    [InlineData("N-I-K-E-A shoes", new string[0])]
    [InlineData("G.l.a.c.i.e.r, or S.u.n.g.l.a.s.s", new string[0])]
    [InlineData("N I K E i-phone case", new[] { "NIKE" })]
    [InlineData("N I K E 8 L bag", new[] { "NIKE" })]
    [InlineData("4 x N I K E h series", new[] { "NIKE" })]
    [InlineData("S U N V-Neck top", new[] { "SUN" })]
    [InlineData("S-U-N-A 2 top", new string[0])]
    [InlineData("Buy a N-I-K-E shoe in the sun", new[] { "NIKE", "SUN" })]
    [InlineData("N I K E, A I R and S U N", new[] { "NIKE", "AIR", "SUN" })]
    [InlineData("太阳索尼耳机", new[] { "索尼" })]
    public void A_piece_of_a_spelled_out_run_is_no_mark_of_its_own(string title, string[] marks)
    {
        // "s-u-n" inside "S-a-m-s-u-n-g" was reported as a spaced SUN: the run is the word, as "samsung" is one word
        // and its "sun" a compound of a dictionary word. A letter joined on to the next word by a hyphen, or a digit,
        // after a spelled-out brand is a size or model, not more of the run.
        using var index = Register("SAMSUNG", "SUN", "NIKE", "AIR", "LACIE", "GLASS", "索尼");
        var found = new MarkMatcher(index).Find(title).Where(h => h.Kind != MatchKind.Compound).Select(h => h.MarkText);
        Assert.Equal(marks, found);
    }

    [Theory]
    [InlineData("N i k e running shoes", new[] { "NIKE" })]
    [InlineData("N.I.K.E. shoes", new[] { "NIKE" })]
    [InlineData("L E G O set, size M", new[] { "LEGO", "M" })]
    [InlineData("A.C. adapter", new string[0])]
    [InlineData("Vitamin E and C capsules", new[] { "E", "C" })]
    [InlineData("size E M", new[] { "E", "M" })]
    [InlineData("E M C 2 X", new[] { "X" })]
    public void A_one_letter_mark_inside_a_spelled_out_word_is_no_mark_of_its_own(string title, string[] marks)
    {
        // "N i k e" reported NIKE, spaced, and the one-letter mark E: every spelled-out brand brought the register's
        // one-letter marks of its letters. Three letters standing alone between spaces, or two joined by a mark, are
        // a spelled word; one or two between spaces are sizes and grades; a digit ends a run.
        using var index = Register("NIKE", "LEGO", "E", "M", "C", "X");
        Assert.Equal(marks, new MarkMatcher(index).Find(title).Select(h => h.MarkText));
    }

    [Theory]
    [InlineData("NIKE(R) running shoes", new[] { "NIKE" })]
    [InlineData("Star(TM) Wars figure (c) 2024", new[] { "STAR WARS" })]
    [InlineData("Size (M) tee", new[] { "M" })]
    public void Trademark_signs_spelled_out_are_no_marks(string title, string[] marks)
    {
        // Registers hold marks such as R, TM and C; "(R)" and "(TM)" are the signs ® and ™ spelled out, which the
        // matcher ignores, and a mark spanning one is still exact.
        using var index = Register("NIKE", "STAR WARS", "R", "TM", "C", "M");
        var hits = new MarkMatcher(index).Find(title);
        Assert.Equal(marks, hits.Select(h => h.MarkText));
        Assert.All(hits, h => Assert.Equal(MatchKind.Exact, h.Kind));
    }

    [Theory]
    [InlineData("Nikon 18-200mm zoom lens", "ZOOM", MatchKind.Exact, 1)]
    [InlineData("Z00M camera", "ZOOM", MatchKind.Leetspeak, 1)]
    [InlineData("G00GLE phone", "GOOGLE", MatchKind.Leetspeak, 1)]
    [InlineData("Ben 10 toys as 83n 10", "BEN 10", MatchKind.Exact, 2)]
    [InlineData("7-mobile sim", "T-MOBILE", MatchKind.Leetspeak, 1)]
    public void A_quantity_inside_a_word_is_no_mark_in_leetspeak(string title, string mark, MatchKind kind, int spans)
    {
        // "200mm" read as ZOOM: a number and its unit, cut from inside the word, is not a word whose letters were
        // swapped for digits. Whole words keep theirs: brands have digits of their own, and a lone digit may stand
        // for a lone letter.
        using var index = Register("ZOOM", "GOOGLE", "BEN 10", "T-MOBILE");
        Assert.Equal([(mark, kind, spans)], new MarkMatcher(index).Find(title).Select(h => (h.MarkText, h.Kind, h.Spans.Count)));
    }

    [Theory]
    [InlineData("canon powershot a800 camera", null)]
    [InlineData("nikon coolpix s4100", null)]
    [InlineData("Leoxsys LEO-150N-3G-AD", null)]
    [InlineData("Daimler DSP001 black", null)]
    [InlineData("Adidsa shoes", "ADIDAS")]
    [InlineData("999sotre gift card", "999STORE")]
    public void A_model_code_is_no_typo_of_a_mark(string title, string? mark)
    {
        // The skeleton reads a model code's digits as letters ("a800" as "aboo"), and one edit more finds a mark in
        // nearly any of them: TABOO, SALON, OLSON, SPOOL. Words at least half digits are not looked up as typos or
        // sound-alikes; a brand's own digits leave it most letters, so its typos are still found.
        using var index = Register("TABOO", "SALON", "OLSON", "SPOOL", "ADIDAS", "999STORE");
        var hits = new MarkMatcher(index).Find(title);
        if (mark is null) Assert.Empty(hits);
        else Assert.Equal([(mark, MatchKind.Fuzzy)], hits.Select(h => (h.MarkText, h.Kind)));
    }

    [Theory]
    [InlineData("DALlA dress", "DALIA", MatchKind.Homoglyph, 0)]
    [InlineData("NlKE shoes", "NIKE", MatchKind.Homoglyph, 0)]
    [InlineData("AppIe juice", "APPLE", MatchKind.Homoglyph, 0)]
    [InlineData("lPhone case", "IPHONE", MatchKind.Homoglyph, 0)]
    [InlineData("Ailsha kurta", "ALISHA", MatchKind.Fuzzy, 1)]
    [InlineData("dalla bag", null, MatchKind.Exact, 0)]
    [InlineData("lcd screen", null, MatchKind.Exact, 0)]
    [InlineData("Ail sha kurta", null, MatchKind.Exact, 0)]
    [InlineData("TP-ILNK router", "TP-LINK", MatchKind.Fuzzy, 1)]
    public void Plain_letters_are_a_look_alike_only_where_an_i_or_l_is_drawn_like_the_other(string title, string? mark, MatchKind kind, int edits)
    {
        // "dalla" shares DALIA's skeleton, but its l is drawn as an l: another word, no disguise ("lcd" is no ICD). A
        // transposed "il" in one word is a typo of a mark long enough for one. A lower-case l among capitals, or a
        // capital I among small letters, is drawn like the letter it stands for.
        using var index = Register("DALIA", "NIKE", "APPLE", "IPHONE", "ALISHA", "ICD", "TP-LINK");
        var hits = new MarkMatcher(index) { Approximate = false }.Find(title);
        if (mark is null) Assert.Empty(hits);
        else Assert.Equal([(mark, kind, edits)], hits.Select(h => (h.MarkText, h.Kind, h.Spans[0].EditDistance)));
    }

    [Theory]
    [InlineData("Per pkt pack of 10", null)]
    [InlineData("Blythe Shop doll", null)]
    [InlineData("molex power cable", null)]
    [InlineData("Built-in air bagcase", "AIRBAG")]
    [InlineData("Levi'sjeans", "LEVI'S")]
    [InlineData("Be 13Printed tee", "BE 13")]
    public void A_one_word_mark_across_words_that_takes_a_letter_of_the_next_is_an_accident(string title, string? mark)
    {
        // The squashed text reads "perpkt", "blytheshop", "molexpower": PERP, ESHOP and XPOWER are in it, each taking a
        // letter or two of a word across a space. Glued on, the cut word holds a real part of the mark; across an
        // apostrophe the mark's own words are glued; a mark of several words may end in a short one.
        using var index = Register("PERP", "ESHOP", "XPOWER", "AIRBAG", "LEVI'S", "BE 13");
        var hits = new MarkMatcher(index) { Approximate = false }.Find(title).Select(h => h.MarkText);
        Assert.Equal(mark is null ? [] : [mark], hits);
    }

    [Theory]
    [InlineData("iphone 3g case", null)]
    [InlineData("plus2 smartphone", null)]
    [InlineData("Ekscellent4U towel", "EXCELLENT4U")]
    [InlineData("Ekscellent5U towel", null)]
    [InlineData("Ekscellent44U towel", null)]
    [InlineData("Fayon Alloy Necklace", null)]
    [InlineData("Phenoll 6576 Necklace", "FENOL 6576")]
    public void A_sound_alike_keeps_the_marks_digits(string title, string? mark)
    {
        // A phonetic key has no digits: "iphone 3g" sounded like AVON 9924, "plus2" like PLEASE, and "Fayon Alloy"
        // like FENOL 6576. A window and a mark are sound-alikes only with the same digits, or none: PLEASE has none
        // (its facts say so), and EXCELLENT4U's are read from its text.
        AssertFoundAs(title, mark, ["AVON 9924", "PLEASE", "EXCELLENT4U", "FENOL 6576"], MatchKind.Phonetic, MatchKind.Fuzzy);
    }

    [Theory]
    [InlineData("usb mini-b 5-pin cable", null)]
    [InlineData("boss audio 5-way speaker", null)]
    [InlineData("ez-dupe 3-bay duplicator", null)]
    [InlineData("7-mobile prepaid sim", "T-MOBILE")]
    [InlineData("83n 10 Omniverse figure", "BEN 10")]
    [InlineData("deflect-0 desk sign holder", "DEFLECTO")]
    public void A_word_of_digits_is_a_number_not_a_disguised_letter_of_a_one_word_mark(string title, string? mark)
    {
        // "5-pin" read as SPIN, "3-bay" as EBAY: a number parted from the word it counts. Where the mark has a word of
        // its own there, in any of its registrations (DEFLECTO beside DEFLECT-O), the digit still stands for it.
        // (The spelling's hit names its first registration, DEFLECTO.)
        AssertFoundAs(title, mark, ["SPIN", "SWAY", "EBAY", "T-MOBILE", "BEN 10", "DEFLECTO", "DEFLECT-O"], MatchKind.Leetspeak);
    }

    [Theory]
    [InlineData("Be 1\u200B3 Printed Girl's Top", "BE 13")]
    [InlineData("Galz\u00AD4ever Alloy Necklace", "GALZ4EVER")]
    [InlineData("Sam\u200Bsung Galaxy case", "SAMSUNG")]
    public void An_invisible_character_inside_a_mark_with_digits_of_its_own_is_no_leetspeak(string title, string mark)
    {
        // The mark's own digits are no disguise: the invisible character is (named a look-alike, as everywhere).
        AssertFoundAs(title, mark, ["BE 13", "GALZ4EVER", "SAMSUNG"], MatchKind.Homoglyph);
    }

    [Theory]
    [InlineData("Krocs Slippers", null)]
    [InlineData("Vanesa Gift Set", null)]
    [InlineData("Filips trimmer", "PHILIPS")]
    public void A_sound_alike_is_spelled_near_its_mark_too(string title, string? mark)
    {
        // The keys alone matched "Krocs" with QUOORAX and "Vanesa" with FENZO, many edits apart; a respelling
        // ("Filips") is a few.
        AssertFoundAs(title, mark, ["QUOORAX", "FENZO", "PHILIPS"], MatchKind.Phonetic, MatchKind.Fuzzy);
    }

    [Theory]
    [InlineData("lg 320g prepaid phone net10", null)]
    [InlineData("hp flatbed scanner hi-speed usb", null)]
    [InlineData("ALICE BADGE BUTTON (1inch/25mm)", null)]
    [InlineData("Nettis router", "NETIS")]
    [InlineData("K1 Speeed karting", "K1 SPEED")]
    [InlineData("Excelent4U towel", "EXCELLENT4U")]
    public void A_typo_keeps_the_marks_digits(string title, string? mark)
    {
        // The skeleton reads digits as letters, and one edit more finds some mark: "net10" was a typo of NETIS,
        // "hi-speed" of K1 SPEED, "1inch" of LUNCH. A typo keeps the mark's digits, or has none where the mark has none.
        AssertFoundAs(title, mark, ["NETIS", "K1 SPEED", "LUNCH", "EXCELLENT4U"], MatchKind.Fuzzy);
    }

    [Fact]
    public void Spelled_out_runs_of_odd_characters_never_break_the_matcher()
    {
        // Single characters between separators are what the spaced-run rule looks across: here they are also letters
        // that fold to two (ß, the ﬁ ligature), astral letters (𝐍), ideographs, lone surrogates, combining and
        // invisible marks. Every span must lie inside the text.
        using var index = Register("SUN", "NIKE", "SAMSUNG", "SS", "FISS", "索尼");
        var matcher = new MarkMatcher(index);
        string[] pieces = ["s", "u", "n", "N", "i", "k", "e", "ß", "\uFB01", "\U0001D40D", "索", "尼", "\uD800", "\u0301", "\u200B", "5", "x"];
        string[] separators = [" ", ".", "-", "", " - ", "\u00AD"];
        var random = new Random(11);
        var spans = 0;
        for (var t = 0; t < 5000; t++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)] + separators[random.Next(separators.Length)]));
            foreach (var hit in matcher.Find(text))
                foreach (var span in hit.Spans)
                {
                    Assert.InRange(span.Start, 0, text.Length - 1);
                    Assert.InRange(span.Length, 1, text.Length - span.Start);
                    spans++;
                }
        }
        Assert.True(spans > 1000, $"{spans} spans");
    }

    [Theory]
    [InlineData("airpodspro case", "AIRPODS")]
    [InlineData("samsunggalaxy s21 cover", "SAMSUNG")]
    public void Marks_glued_into_longer_words_are_compounds(string title, string mark)
    {
        var hit = Hit(title, mark);
        Assert.Equal(MatchKind.Compound, hit.Kind);
        Assert.True(hit.Spans[0].InsideWord);
    }

    [Theory]
    [InlineData("K1NG5 crown", "KINGS", MatchKind.Exact)]
    [InlineData("K1NGS crown", "KINGS", MatchKind.Exact)]
    [InlineData("KINGS crown", "KINGS", MatchKind.Exact)]
    [InlineData("KIN65 crown", "KINGS", MatchKind.Leetspeak)]
    public void A_title_spelled_like_any_registered_spelling_of_a_mark_is_exact(string title, string mark, MatchKind kind)
    {
        // Three registrations whose exact forms differ but whose skeletons agree: the pattern keeps its first spelling's
        // hash and a filter of the others', and an exact match of any of them must not be named a disguise.
        using var index = Register("KINGS", "K1NG5", "K1NGS");
        var hit = Assert.Single(new MarkMatcher(index).Find(title), h => h.MarkText == mark);
        Assert.Equal(kind, hit.Kind);
    }

    [Theory]
    [InlineData("S\u041D\u0415IN dress for women", "SHEIN", MatchKind.Homoglyph)]
    [InlineData("Nlke air max", "NIKE", MatchKind.Homoglyph)]
    [InlineData("N1KE air max", "NIKE", MatchKind.Leetspeak)]
    [InlineData("$AMSUNG charger", "SAMSUNG", MatchKind.Leetspeak)]
    [InlineData("4DID4S trainers", "ADIDAS", MatchKind.Leetspeak)]
    [InlineData("G00GLE cable", "GOOGLE", MatchKind.Leetspeak)]
    [InlineData("Shein\u200B dress", "SHEIN", MatchKind.Exact)]
    [InlineData("SH\u200BEIN dress", "SHEIN", MatchKind.Homoglyph)]
    [InlineData("AIR\u00ADBAG case", "AIRBAG", MatchKind.Homoglyph)]
    public void Disguised_spellings_are_found_and_named(string title, string mark, MatchKind kind) =>
        Assert.Equal(kind, Hit(title, mark).Kind);

    /// <summary>Marks that plain words read as through look-alike letters ("silver" holds LIVE, "Flats" reads FIAT).</summary>
    private static MarkIndex LookAlikeRegister() => Register("FIAT", "LIVE", "MAIL", "IPHONE", "SHEIN", "ANGIE");

    [Theory]
    [InlineData("925 sterling silver ring", "LIVE")]
    [InlineData("Small camera case", "MAIL")]
    [InlineData("triangle ruler set", "ANGIE")]
    public void Plain_letters_inside_a_word_that_only_read_as_a_mark_through_look_alike_letters_are_not_disguises(string title, string mark)
    {
        using var index = LookAlikeRegister();
        Assert.DoesNotContain(new MarkMatcher(index).Find(title), h => h.MarkText == mark);
    }

    [Theory]
    [InlineData("SHElN dress for women", "SHEIN")]
    [InlineData("lPhonecase cover", "IPHONE")]
    [InlineData("Women Flats", "FIAT")]
    public void Look_alike_letters_still_disguise_a_mark_as_a_word_of_its_own_or_at_a_word_start(string title, string mark)
    {
        // "Flats" is FIAT to the matcher; judging drops an English word read through the I/l class (FindingJudge).
        using var index = LookAlikeRegister();
        Assert.Equal(MatchKind.Homoglyph, Assert.Single(new MarkMatcher(index).Find(title), h => h.MarkText == mark).Kind);
    }

    [Theory]
    [InlineData("iPhone 13 case")]
    [InlineData("honest review")]
    [InlineData("top end quality")]
    [InlineData("v7x adapter")]
    [InlineData("DV7 laptop")]
    [InlineData("0NE piece")]
    public void Short_and_everyday_marks_do_not_fire_inside_other_words(string title) =>
        Assert.DoesNotContain(Find(title), h => h.MarkText is "ONE" or "PEN" or "V7");

    [Fact]
    public void Short_marks_still_match_as_whole_words()
    {
        Assert.Equal(MatchKind.Exact, Hit("V7 USB-C adapter", "V7").Kind);
        Assert.Equal(MatchKind.Exact, Hit("one size fits all", "ONE").Kind);
    }

    [Theory]
    [InlineData("Samsnug charger", "SAMSUNG", 1)]
    [InlineData("Adidsa trainers", "ADIDAS", 1)]
    [InlineData("Reebock classic", "REEBOK", 1)]
    [InlineData("Samsungg Galxy case", "SAMSUNG GALAXY", 2)]
    public void Typos_are_found_as_fuzzy_with_their_distance(string title, string mark, int distance)
    {
        var hit = Hit(title, mark);
        Assert.Equal(MatchKind.Fuzzy, hit.Kind);
        Assert.Equal(distance, hit.Spans[0].EditDistance);
    }

    [Theory]
    [InlineData("Printed cotton shirt", null)]
    [InlineData("Women's printex shirt", "PRINTEX")]
    [InlineData("Printexx cotton shirt", "PRINTEX")]
    [InlineData("LEGO Ninjago 2115: Bonezai", null)]
    [InlineData("Zils wind chimes", "ZILLS")]
    public void Inflected_english_words_and_numbers_are_not_typos_of_marks(string title, string? mark)
    {
        // "Printed" is one letter from PRINTEX, and the skeleton reads the number 2115 as "zlls", one letter from
        // ZILLS's; neither is a misspelling. The marks themselves and their real typos are still found.
        using var index = Register("PRINTEX", "ZILLS");
        Assert.Equal(mark is null ? [] : [mark], new MarkMatcher(index).Find(title).Select(h => h.MarkText).ToArray());
    }

    [Fact]
    public void Sound_alikes_beyond_typo_distance_are_phonetic()
    {
        var hit = Hit("Ribok running shoes", "REEBOK");
        Assert.Equal(MatchKind.Phonetic, hit.Kind);
        Assert.Equal("Ribok", hit.MatchedText("Ribok running shoes"));
    }

    [Theory]
    [InlineData("Nkie shoes")]
    [InlineData("Niek shoes")]
    public void Four_letter_marks_get_no_typo_tolerance(string title) =>
        Assert.DoesNotContain(Find(title), h => h.MarkText == "NIKE");

    [Fact]
    public void An_exact_hit_is_not_repeated_as_fuzzy_or_phonetic()
    {
        var hit = Hit("Samsung charger", "SAMSUNG");
        Assert.Equal([MatchKind.Exact], hit.Spans.Select(s => s.Kind).ToArray());
    }

    [Fact]
    public void Each_mark_is_reported_once_with_all_its_spans()
    {
        var hit = Hit("Nike shoes, NIKE socks and N1KE caps", "NIKE");
        Assert.Equal(3, hit.Spans.Count);
        Assert.Equal(MatchKind.Exact, hit.Kind);
        Assert.Equal([MatchKind.Exact, MatchKind.Exact, MatchKind.Leetspeak], hit.Spans.Select(s => s.Kind).ToArray());
    }

    [Fact]
    public void Apostrophes_and_ideographs_match()
    {
        Assert.Equal(MatchKind.Exact, Hit("Levis 501 jeans", "LEVI'S").Kind);
        Assert.Equal(MatchKind.Exact, Hit("索尼耳机 正品", "索尼").Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finding_spans_allocates_nothing_once_warm(bool approximate)
    {
        var matcher = new MarkMatcher(_index) { Approximate = approximate };
        var spans = new List<PatternSpan>();
        string[] titles = ["Samsung Flip 3 Case with Airbag", "N1KE air max S\u041D\u0415IN dress", "airpodspro case N i k e", "Samsnug Ribok plain title"];
        var found = 0;
        Assert.Equal(0, Allocations.InSteadyState(() =>
        {
            for (var i = 0; i < 200; i++)
                foreach (var t in titles) found += matcher.FindSpans(t, spans);
        }));
        Assert.True(found > 0);
    }

    [Fact]
    public void A_saved_index_maps_back_with_the_same_answers()
    {
        using var dir = new TempDir();
        var path = dir.File("marks.msidx");
        _index.Save(path);
        using var loaded = MarkIndex.Load(path);
        Assert.Equal(_index.PatternCount, loaded.PatternCount);
        Assert.Equal(_index.MarkCount, loaded.MarkCount);
        const string title = "N1KE airpodspro S-a-m-s-u-n-g Airbag";
        Assert.Equal(Answers(_index, title), Answers(loaded, title));
        Assert.Equal("90000000", loaded.Mark(loaded.MarksOfPattern(new MarkMatcher(loaded).Find("airbag")[0].Pattern)[0]).SerialNumber);
    }

    [Fact]
    public void Sections_copied_into_huge_pages_give_the_same_answers_as_the_mapped_file()
    {
        using var dir = new TempDir();
        var path = dir.File("marks.msidx");
        _index.Save(path);
        using var mapped = MarkIndex.Load(path);
        using var copied = MarkIndex.Load(path);
        var bytes = copied.UseHugePages(HotSections.All);
        // Where the kernel has no transparent huge pages nothing is copied, and the mapped file serves as before.
        if (HugePages.Available) Assert.True(bytes > 0);
        else Assert.Equal(0, bytes);
        Assert.Equal(0, copied.UseHugePages(HotSections.Exact));
        Assert.Equal(0, _index.UseHugePages(HotSections.All)); // built in memory: nothing to copy
        string[] titles = ["N1KE airpodspro S-a-m-s-u-n-g Airbag", "Samsnug Galaxy case, Adiddas shoes", "Reebock summer dress with a pen", "索尼 headphones"];
        foreach (var title in titles)
        {
            var expected = Answers(mapped, title);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Answers(copied, title));
        }
    }

    [Fact]
    public void Huge_page_copies_come_from_the_file_that_was_mapped_even_after_a_rebuild_replaced_it()
    {
        // A rebuild saves a new index and renames it over the path while older loads still map the old file (Linux
        // allows it; the server keeps an older generation until its requests finish).
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempDir();
        var path = dir.File("marks.msidx");
        _index.Save(path);
        using var loaded = MarkIndex.Load(path);
        using (var other = MarkIndex.Build(Enumerable.Range(0, 300).Select(i =>
            new IndexedMark(i + 1, "US", (80000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"ZEBRA{i}", [9], Liveness.Live))))
            other.Save(path);
        loaded.UseHugePages(HotSections.All);
        const string title = "N1KE airpodspro S-a-m-s-u-n-g Airbag, Adiddas";
        Assert.Equal(Answers(_index, title), Answers(loaded, title));
    }
}
