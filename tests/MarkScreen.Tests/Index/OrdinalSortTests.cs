using MarkScreen.Index;

namespace MarkScreen.Tests.Index;

/// <summary>The build's radix sort against its simple twin, Array.Sort with the ordinal comparer.</summary>
public class OrdinalSortTests
{
    [Theory]
    [InlineData("ab", 2000)]
    [InlineData("abc", 5000)]
    [InlineData("ab\u0000", 3000)]
    [InlineData("aé中\uFFFF", 3000)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789", 20000)]
    public void Strings_come_out_in_the_order_the_ordinal_comparer_gives(string letters, int count)
    {
        // Few letters make long shared prefixes, runs of every length, strings that are prefixes of others, and
        // (with U+0000 among the letters) strings that differ from a shorter one only by a trailing U+0000.
        var random = new Random(count);
        var strings = Enumerable.Range(0, count)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 14)).Select(_ => letters[random.Next(letters.Length)])]))
            .Distinct(StringComparer.Ordinal).ToArray();
        var expected = (string[])strings.Clone();
        Array.Sort(expected, StringComparer.Ordinal);

        var order = OrdinalSort.Order(strings);

        Assert.Equal(expected, order.Select(i => strings[i]));
        Assert.Equal(Enumerable.Range(0, strings.Length), order.Order());
    }

    [Fact]
    public void Equal_strings_sit_together()
    {
        string[] strings = ["nike", "adidas", "nike", "nikes", "nike", "", ""];
        var sorted = OrdinalSort.Order(strings).Select(i => strings[i]);
        Assert.Equal(["", "", "adidas", "nike", "nike", "nike", "nikes"], sorted);
    }
}
