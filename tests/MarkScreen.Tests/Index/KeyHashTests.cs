using MarkScreen.Index;

namespace MarkScreen.Tests.Index;

public class KeyHashTests
{
    [Fact]
    public void The_table_finds_every_key_with_each_of_its_patterns_once_and_nothing_else()
    {
        var random = new Random(9);
        var keys = Enumerable.Range(0, 5000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)).Concat([0L, -1L, long.MaxValue, long.MinValue]).ToList();
        var list = new KeyList(16);
        var twin = new Dictionary<long, HashSet<int>>();
        foreach (var k in keys)
            for (var r = random.Next(1, 4); r > 0; r--) // repeats of a key, with the same or other patterns
            {
                var pattern = random.Next(3);
                list.Add(k, KeyTable.Payload(pattern, 5 + pattern, 1 + pattern));
                (twin.TryGetValue(k, out var set) ? set : twin[k] = []).Add(pattern);
            }
        var table = list.ToTable();
        foreach (var (k, patterns) in twin)
        {
            Assert.True(KeyHash.MayContain(table.Filter, k));
            var r = KeyHash.Find(table.Entries, table.Directory, k);
            Assert.Equal(patterns.Order(), table.Entries[r].Select(KeyTable.PatternOf).Order());
            // Each entry's payload keeps the pattern's length and word count beside it.
            Assert.All(table.Entries[r], e => Assert.Equal((5 + KeyTable.PatternOf(e), 1 + KeyTable.PatternOf(e)), (KeyTable.LengthOf(e), KeyTable.WordsOf(e))));
        }
        var absent = KeyHash.Find(table.Entries, table.Directory, 12345);
        Assert.Equal(absent.Start, absent.End);
        Assert.Equal(twin.Values.Sum(s => s.Count), table.Entries.Count);
    }

    [Fact]
    public void The_filter_lets_few_absent_keys_through()
    {
        // Four bits of one word per key: at this table's 26 bits per key about one absent key in two thousand passes,
        // where one bit per key let one in 27 through.
        var random = new Random(5);
        var list = new KeyList(16);
        for (var i = 0; i < 5000; i++) list.Add(random.NextInt64(long.MinValue, long.MaxValue), KeyTable.Payload(i, 5, 1));
        var table = list.ToTable();
        var passed = Enumerable.Range(0, 100_000).Count(_ => KeyHash.MayContain(table.Filter, random.NextInt64(long.MinValue, long.MaxValue)));
        Assert.InRange(passed, 0, 500);
    }

    [Fact]
    public void Deletion_hashes_in_one_pass_equal_hashing_each_deletion_on_its_own()
    {
        var random = new Random(3);
        for (var n = 0; n < 2000; n++)
        {
            var word = new string([.. Enumerable.Range(0, random.Next(1, 33)).Select(_ => (char)random.Next(32, 0x3000))]);
            var fast = new long[word.Length];
            KeyHash.PolynomialDeletions(word, fast);
            for (var i = 0; i < word.Length; i++) Assert.Equal(KeyHash.Polynomial(word.Remove(i, 1)), fast[i]);
        }
    }
}
