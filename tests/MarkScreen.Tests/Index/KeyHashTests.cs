using MarkScreen.Index;

namespace MarkScreen.Tests.Index;

public class KeyHashTests
{
    [Fact]
    public void The_directory_finds_every_key_and_only_its_own()
    {
        var random = new Random(9);
        var keys = Enumerable.Range(0, 5000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)).Concat([0L, -1L, long.MaxValue, long.MinValue])
            .SelectMany(k => random.Next(3) == 0 ? new[] { k, k } : [k]).Order(Comparer<long>.Create((a, b) => ((ulong)a).CompareTo((ulong)b))).ToArray();
        var directory = KeyHash.Directory(keys);
        var fingerprints = keys.Select(KeyHash.Fingerprint).ToArray();
        foreach (var k in keys)
        {
            var r = KeyHash.Find(fingerprints, directory, k);
            Assert.Equal(keys.Count(x => x == k), r.End.Value - r.Start.Value);
            Assert.All(keys[r], x => Assert.Equal(k, x));
        }
        var absent = KeyHash.Find(fingerprints, directory, 12345);
        Assert.Equal(absent.Start, absent.End);
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
