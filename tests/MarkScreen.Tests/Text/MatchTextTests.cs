using MarkScreen.Text;

namespace MarkScreen.Tests.Text;

public class MatchTextTests
{
    [Theory]
    [InlineData("AirBag", "airbag")]
    [InlineData("air bag", "airbag")]
    [InlineData("Air-Bag™", "airbag")]
    [InlineData("AIRBAG®", "airbag")]
    [InlineData("Ａｉｒｂａｇ", "airbag")]
    [InlineData("Café", "cafe")]
    [InlineData("ﬁne", "fine")]
    [InlineData("𝐍𝐢𝐤𝐞", "nike")]
    [InlineData("Ni\u200Bke", "nike")]
    [InlineData("e\u0301clair", "eclair")]
    [InlineData("STRAẞE", "strasse")]
    [InlineData("LEVI'S", "levis")]
    [InlineData("Ⓝⓘⓚⓔ", "nike")]
    [InlineData("AIRBAG(R)", "airbag")]
    [InlineData("Air(tm)Bag (SM) (c)", "airbag")]
    [InlineData("Vitamin (D)", "vitamind")]
    [InlineData("(TMX) (r", "tmxr")]
    public void The_exact_form_ignores_case_width_accents_symbols_and_spacing(string text, string fold) =>
        Assert.Equal(fold, MatchText.FoldKey(text));

    [Theory]
    [InlineData("SHEIN", "S\u041D\u0415IN")] // Cyrillic Н, Е
    [InlineData("NIKE", "N1KE")]
    [InlineData("NIKE", "Nlke")]
    [InlineData("SAMSUNG", "$AMSUNG")]
    [InlineData("ADIDAS", "4DID4S")]
    [InlineData("GOOGLE", "G00GLE")]
    [InlineData("PAYPAL", "\u0420\u0410YP\u0410L")] // Cyrillic Р, А
    [InlineData("APPLE", "ΑPPLE")] // Greek Alpha
    public void Look_alikes_share_the_skeleton_of_what_they_imitate(string mark, string disguise) =>
        Assert.Equal(MatchText.SkeletonKey(mark), MatchText.SkeletonKey(disguise));

    [Fact]
    public void Words_and_original_offsets_are_kept()
    {
        var m = new MatchText();
        m.Set("Built-in Airbag™ case");
        Assert.Equal("bulltlnalrbagcase", new string(m.Chars));
        Assert.Equal(4, m.WordCount);
        var a = m.Chars.IndexOf('a');
        Assert.Equal(9, m.OriginalStart(a));
        Assert.True((m.Flags(a) & MatchText.Boundary.WordStart) != 0);
        Assert.True((m.Flags(a + 5) & MatchText.Boundary.WordEnd) != 0);
        Assert.Equal(2, m.WordIndex(a));
    }

    [Theory]
    [InlineData("Nike(R) shoes", "Nike shoes")]
    [InlineData("Star(TM) Wars", "Star Wars")]
    [InlineData("(c) Disney", "Disney")]
    public void Signs_spelled_out_are_separators_as_the_signs_are(string spelled, string plain)
    {
        var a = new MatchText();
        var b = new MatchText();
        a.Set(spelled);
        b.Set(plain);
        Assert.Equal(new string(b.Chars), new string(a.Chars));
        Assert.Equal(b.WordCount, a.WordCount);
        // The exact form of the whole text, read from Set's prefix hashes, skips the sign too.
        Assert.Equal(MatchText.FoldHash(plain), a.FoldHashOf(0, spelled.Length));
    }

    [Fact]
    public void Ideographs_are_words_of_their_own()
    {
        var m = new MatchText();
        m.Set("索尼耳机");
        Assert.Equal(4, m.WordCount);
    }

    [Fact]
    public void Random_text_never_breaks_the_normaliser()
    {
        var random = new Random(17);
        var m = new MatchText();
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            var text = new string(chars);
            m.Set(text);
            for (var i = 0; i < m.Length; i++)
            {
                Assert.InRange(m.OriginalStart(i), 0, text.Length - 1);
                Assert.InRange(m.OriginalEnd(i), m.OriginalStart(i) + 1, text.Length);
            }
            _ = MatchText.FoldKey(text);
        }
    }

    [Fact]
    public void A_span_s_fold_hash_from_the_prefix_hashes_is_the_hash_of_its_fold()
    {
        // Mixed text: ASCII with symbols, accents, ligatures, fullwidth, Cyrillic, zero-width, emoji and ideographs (surrogate pairs included).
        string[] pieces = ["Air", "-", "Bag", "™", " ", "Café", "ﬁ", "ＮＩ", "о", "​", "😀", "𠀀", "中", "12", "(R)", "­", "ẞ"];
        var random = new Random(23);
        var m = new MatchText();
        for (var n = 0; n < 500; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            m.Set(text);
            // Every span between code point boundaries, as judging asks for the original text under a hit (which never
            // starts or ends inside a spelled-out sign such as "(R)": the sign has no skeleton).
            var insideSigns = Enumerable.Range(0, text.Length).SelectMany(i => Enumerable.Range(i + 1, Math.Max(0, MatchText.SpelledSign(text, i) - 1))).ToHashSet();
            var boundaries = Enumerable.Range(0, text.Length + 1).Where(i => (i == text.Length || !char.IsLowSurrogate(text[i])) && !insideSigns.Contains(i)).ToList();
            foreach (var start in boundaries)
                foreach (var end in boundaries.Where(e => e >= start))
                    Assert.Equal(MatchText.FoldHash(text.AsSpan(start, end - start)), m.FoldHashOf(start, end));
        }
    }

    [Fact]
    public void The_plural_flag_marks_exactly_the_characters_a_plural_ending_follows_in_the_same_word()
    {
        // Its simple twin: look ahead for "s" after anything but an s, or for "es" after a letter English spells a plural so after (s, x, z,
        // h of ch and sh, o), that continues the word and ends it. Leetspeak 5, 3, 2 and 0 are skeleton s, e, z and o
        // too; ideographs are words of their own.
        var stream = new MatchText();
        foreach (var text in RandomTexts(8, "sesE5 3-.'aS中ßxhol20"))
        {
            stream.Set(text);
            bool Start(int i) => (stream.Flags(i) & MatchText.Boundary.WordStart) != 0;
            bool End(int i) => (stream.Flags(i) & MatchText.Boundary.WordEnd) != 0;
            bool Continues(int i) => i < stream.Length && !Start(i);
            for (var i = 0; i < stream.Length; i++)
            {
                var c = stream.Chars;
                var expected = (Continues(i + 1) && c[i + 1] == 's' && End(i + 1) && c[i] != 's')
                    || (Continues(i + 1) && c[i + 1] == 'e' && Continues(i + 2) && c[i + 2] == 's' && End(i + 2) && "sxzho".Contains(c[i], StringComparison.Ordinal));
                Assert.True(expected == stream.BeforePlural(i), $"'{text}' at {i}");
            }
        }
    }

    [Fact]
    public void The_short_end_flag_marks_exactly_the_word_ends_and_plural_stems_a_short_pattern_can_end_at()
    {
        // Its simple twin: a word end or plural stem with a word start at most ShortWordLength characters back, which
        // is where the matcher's short words (those the automaton's output lists leave out) can end.
        Assert.Equal(MarkScreen.Index.AhoCorasickBuilder.ShortPatternLength - 1, MatchText.ShortWordLength);
        var stream = new MatchText();
        foreach (var text in RandomTexts(9, "sesab 5 3-.'aS中xyz"))
        {
            stream.Set(text);
            for (var i = 0; i < stream.Length; i++)
            {
                var endsHere = (stream.Flags(i) & MatchText.Boundary.WordEnd) != 0 || stream.BeforePlural(i);
                var startNear = Enumerable.Range(Math.Max(0, i - MatchText.ShortWordLength + 1), Math.Min(i + 1, MatchText.ShortWordLength))
                    .Any(j => (stream.Flags(j) & MatchText.Boundary.WordStart) != 0);
                Assert.True((endsHere && startNear) == ((stream.Flags(i) & MatchText.Boundary.ShortEnd) != 0), $"'{text}' at {i}");
            }
        }
    }

    /// <summary>3,000 texts of up to 29 characters drawn from <paramref name="letters"/> (fixed seed).</summary>
    private static IEnumerable<string> RandomTexts(int seed, string letters)
    {
        var random = new Random(seed);
        for (var t = 0; t < 3000; t++)
            yield return new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => letters[random.Next(letters.Length)])]);
    }
}
