using MarkScreen.Text;

namespace MarkScreen.Tests.Text;

public class EnglishWordsTests
{
    /// <summary>The simple twin: the string set itself, with the same plural rule.</summary>
    private static bool Reference(string word) =>
        EnglishWords.All.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && EnglishWords.All.Contains(word[..^1]))
        || (word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && EnglishWords.All.Contains(word[..^2]));

    [Fact]
    public void The_hash_table_agrees_with_the_word_set_on_every_word_its_plurals_and_near_misses()
    {
        var random = new Random(4);
        foreach (var word in EnglishWords.All)
        {
            string[] variants = [word, word + "s", word + "es", word[..^1], word + "x", new string([.. word.Reverse()]), word[1..]];
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
    public void Everyday_words_and_their_plurals_are_english_and_brands_are_not(string word, bool english) => Assert.Equal(english, EnglishWords.Contains(word));
}
