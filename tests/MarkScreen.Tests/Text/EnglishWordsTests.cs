using MarkScreen.Text;

namespace MarkScreen.Tests.Text;

public class EnglishWordsTests
{
    /// <summary>The simple twin: the string set itself, with the same inflection rules written out as strings.</summary>
    private static bool Reference(string word)
    {
        var w = EnglishWords.WithoutPossessive(word).ToString();
        return w.Length <= EnglishWords.MaxWordLength && Forms(w).Any(EnglishWords.All.Contains);
    }

    private static IEnumerable<string> Forms(string w)
    {
        var n = w.Length;
        yield return w;
        if (n > 3 && w.EndsWith('s')) yield return w[..^1];
        if (n > 4 && w.EndsWith("es", StringComparison.Ordinal)) yield return w[..^2];
        if (n > 4 && w.EndsWith("ies", StringComparison.Ordinal)) yield return w[..^3] + "y";
        if (n > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return w[..^2];
            yield return w[..^1];
            if (EnglishWords.IsDoubledFinal(w.AsSpan(0, n - 2))) yield return w[..^3];
            if (w[^3] == 'i') yield return w[..^3] + "y";
        }
        if (n > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return w[..^3];
            yield return w[..^3] + "e";
            if (EnglishWords.IsDoubledFinal(w.AsSpan(0, n - 3))) yield return w[..^4];
        }
        if (w is "women") yield return "woman";
        if (w is "children") yield return "child";
    }

    [Fact]
    public void The_hash_table_agrees_with_the_word_set_on_every_word_its_plurals_and_near_misses()
    {
        var random = new Random(4);
        foreach (var word in EnglishWords.All)
        {
            string[] variants = [word, word + "s", word + "es", word[..^1], word + "x", new string([.. word.Reverse()]), word[1..],
                word + "ed", word + "d", word + "ing", word[..^1] + "ing", word[..^1] + "ied", word[..^1] + "ies", word + word[^1] + "ing",
                word + word[^1] + "ed", word + "'s", word + "\u2019s", word + "s'", word + "'"];
            foreach (var v in variants.Where(v => v.Length > 0))
                Assert.True(Reference(v) == EnglishWords.Contains(v), $"'{v}'");
        }
        for (var n = 0; n < 20000; n++)
        {
            var v = new string([.. Enumerable.Range(0, random.Next(1, 10)).Select(_ => (char)('a' + random.Next(26)))]);
            Assert.Equal(Reference(v), EnglishWords.Contains(v));
        }
    }

    [Theory]
    [InlineData("summer", true)]
    [InlineData("dresses", true)]
    [InlineData("bags", true)]
    [InlineData("airbag", false)]
    [InlineData("samsung", false)]
    [InlineData("women's", true)]
    [InlineData("printed", true)]
    [InlineData("cycling", true)]
    [InlineData("bellies", true)]
    [InlineData("shopping", true)]
    [InlineData("stored", true)]
    [InlineData("samsunged", false)]
    [InlineData("running", true)]
    [InlineData("blesssed", false)]
    [InlineData("adidasing", false)]
    public void Everyday_words_and_their_inflections_are_english_and_brands_are_not(string word, bool english) => Assert.Equal(english, EnglishWords.Contains(word));

    [Theory]
    [InlineData("royal blue", true)]
    [InlineData("women's", true)]
    [InlineData("printed", true)]
    [InlineData("airbag", false)]
    [InlineData("v7", false)]
    [InlineData("one 2", false)]
    [InlineData("- -", false)]
    public void A_phrase_is_english_when_every_word_of_it_is(string fold, bool dictionary) =>
        Assert.Equal(dictionary, EnglishWords.IsEnglishPhrase(fold));
}
