using MarkScreen.Matching;

namespace MarkScreen.Tests.Matching;

public class StampedSetTests
{
    [Fact]
    public void It_answers_like_a_hash_set_across_clears_and_growth()
    {
        var random = new Random(5);
        var set = new StampedSet();
        var twin = new HashSet<int>();
        for (var round = 0; round < 500; round++)
        {
            set.Clear();
            twin.Clear();
            var n = random.Next(0, round % 50 == 0 ? 3000 : 40);
            for (var i = 0; i < n; i++)
            {
                var v = random.Next(0, round % 3 == 0 ? 50 : int.MaxValue);
                Assert.Equal(twin.Add(v), set.Add(v));
            }
        }
    }
}
