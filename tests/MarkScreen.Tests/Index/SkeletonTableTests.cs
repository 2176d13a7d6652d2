using MarkScreen.Index;

namespace MarkScreen.Tests.Index;

/// <summary>The build's skeleton table against its simple twin, a dictionary numbering strings as they first appear.</summary>
public class SkeletonTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(50_000)]
    public void Skeletons_are_numbered_in_order_of_first_appearance_and_found_again_whatever_the_capacity_given(int capacity)
    {
        // Few letters and short words: many repeats, many skeletons that are prefixes of others; capacity 1 makes
        // the table grow many times.
        var random = new Random(capacity);
        var table = new SkeletonTable(capacity);
        var twin = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 60_000; i++)
        {
            var skeleton = new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => "abcé中"[random.Next(5)])]);
            var isNew = !twin.ContainsKey(skeleton);
            var expected = isNew ? twin[skeleton] = twin.Count : twin[skeleton];

            var number = table.GetOrAdd(skeleton, out var added);

            Assert.Equal((expected, isNew), (number, added));
        }
        Assert.Equal(twin.Count, table.Count);
        Assert.Equal(twin.OrderBy(p => p.Value).Select(p => p.Key), table.Strings());
        Assert.Equal(string.Concat(table.Strings()), new string([.. table.Skeletons.Chars]));
        Assert.All(twin, p => Assert.Equal(p.Key, table[p.Value].ToString()));
    }
}
