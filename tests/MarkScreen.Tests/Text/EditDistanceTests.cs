using MarkScreen.Text;

namespace MarkScreen.Tests.Text;

public class EditDistanceTests
{
    /// <summary>The simple twin: the textbook full-matrix OSA distance.</summary>
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    [Fact]
    public void The_fast_distance_agrees_with_the_reference_on_random_words()
    {
        var random = new Random(5);
        for (var n = 0; n < 5000; n++)
        {
            string Word() => new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('a' + random.Next(4)))]);
            var (a, b) = (Word(), Word());
            var max = random.Next(0, 4);
            var expected = Math.Min(Reference(a, b), max + 1);
            Assert.Equal(expected, EditDistance.Osa(a, b, max));
        }
    }

    [Fact]
    public void The_bit_parallel_distance_agrees_with_the_reference_on_random_words_of_every_length()
    {
        var random = new Random(11);
        Span<ulong> masks = stackalloc ulong[128];
        for (var n = 0; n < 20000; n++)
        {
            // Short words over a small alphabet repeat and transpose a lot; long ones reach the 64-bit word's edge; some
            // characters are outside ASCII, where masks are computed on the fly.
            var alphabet = n % 3 == 0 ? "abé" : "abcd";
            var longest = n % 10 == 0 ? 64 : 12;
            string Word() => new([.. Enumerable.Range(0, random.Next(0, longest + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var (a, b) = (Word(), Word());
            var max = n % 7 == 0 ? 100 : random.Next(0, 4);
            EditDistance.PrepareMasks(a, masks);
            Assert.Equal(Math.Min(Reference(a, b), max + 1), EditDistance.OsaBitParallel(a, masks, b, max));
        }
    }

    [Theory]
    [InlineData("samsung", "samsnug", 1)]
    [InlineData("adidas", "adidsa", 1)]
    [InlineData("reebok", "reebock", 1)]
    [InlineData("nike", "nike", 0)]
    public void Typical_typos(string a, string b, int d) => Assert.Equal(d, EditDistance.Osa(a, b, 3));
}

public class PhoneticKeyTests
{
    [Theory]
    [InlineData("reebok", "ribok")]
    [InlineData("phone", "fone")]
    [InlineData("quick", "kwik")]
    [InlineData("colgate", "kolgate")]
    [InlineData("lexus", "leksus")]
    public void Sound_alike_spellings_share_a_key(string a, string b) => Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("samsung", "apple")]
    [InlineData("reebok", "rolex")]
    public void Different_sounds_get_different_keys(string a, string b) => Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));
}
