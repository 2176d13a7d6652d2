using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Tests.Index;

public class FuzzyKeysTests
{
    [Fact]
    public void The_typo_table_holds_each_skeleton_and_its_one_deletions_for_its_pattern_and_nothing_else()
    {
        // Enough skeletons that the build's scatter spreads them over several partitions of buckets; few letters, so
        // that deletions of different skeletons collide and share keys.
        var random = new Random(17);
        var skeletons = Enumerable.Range(0, 14_000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 16)).Select(_ => "abcdefg"[random.Next(7)])]))
            .Distinct().ToList();
        var words = skeletons.Select(_ => random.Next(1, 4)).ToList();

        var table = FuzzyKeys.Table(skeletons, words);

        var twin = new Dictionary<long, HashSet<int>>();
        for (var p = 0; p < skeletons.Count; p++)
        {
            var s = skeletons[p];
            if (EditDistance.Allowed(s.Length) == 0) continue;
            foreach (var variant in Enumerable.Range(0, s.Length).Select(i => s.Remove(i, 1)).Append(s))
            {
                var key = KeyHash.ForWords(KeyHash.Polynomial(variant), words[p]);
                (twin.TryGetValue(key, out var set) ? set : twin[key] = []).Add(p);
            }
        }
        Assert.True(table.Directory.Length > (1 << 14), "the table should span several partitions");
        foreach (var (key, patterns) in twin)
        {
            var found = table.Entries[KeyHash.Find(table.Entries, table.Directory, key)].Select(KeyTable.PatternOf);
            Assert.Equal(patterns.Order(), found.Order());
        }
        Assert.Equal(twin.Values.Sum(s => s.Count), table.Entries.Count);
    }
}
