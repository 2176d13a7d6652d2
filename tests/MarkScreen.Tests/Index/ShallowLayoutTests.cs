using MarkScreen.Index;

namespace MarkScreen.Tests.Index;

public class ShallowLayoutTests
{
    // A trie over "ab", "ac", "ba", "bb", "bc", "bca" cut at shallow depth 2, in breadth-first numbers:
    // 0 root; level 1: 1 a, 2 b; level 2 (full depth): 3 ab, 4 ac, 5 ba, 6 bb, 7 bc; 8 bca is deep.
    private static readonly int[] FirstEdge = [0, 2, 4, 7, 7, 7, 7, 7, 8, 8];
    private const int TailStart = 3, Shallow = 8;

    [Fact]
    public void The_busiest_sibling_group_comes_first_and_the_roots_children_keep_their_numbers()
    {
        int[] visits = [0, 5, 9, 1, 0, 4, 4, 7];
        var record = ShallowLayout.Records(FirstEdge, visits, TailStart, Shallow);
        Assert.Equal([0, 1, 2, 6, 7, 3, 4, 5], record); // b's children (15 visits) before a's (1)
    }

    [Fact]
    public void Without_visits_the_records_keep_breadth_first_order()
    {
        Assert.Equal(Enumerable.Range(0, Shallow), ShallowLayout.Records(FirstEdge, new int[Shallow], TailStart, Shallow));
    }

    [Fact]
    public void The_English_profile_is_words_with_their_common_endings()
    {
        var profile = ShallowLayout.EnglishProfile().Take(4).ToList();
        Assert.Equal([profile[0], profile[0] + "s", profile[0] + "ing", profile[0] + "ed"], profile);
    }
}
