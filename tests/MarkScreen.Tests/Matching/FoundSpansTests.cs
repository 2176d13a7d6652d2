using MarkScreen.Matching;

namespace MarkScreen.Tests.Matching;

/// <summary>The overlap search near a window against its simple twin, which reads every span found.</summary>
public class FoundSpansTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_window_overlaps_a_span_of_its_pattern_exactly_when_one_of_all_the_spans_found_does(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            // Exact spans in order of their end, of a few patterns and lengths; then windows in order of their start.
            var found = new List<PatternSpan>();
            var exactEnds = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(1, 300)).Order().ToList();
            foreach (var e in exactEnds)
            {
                var length = random.Next(1, 25);
                found.Add(new PatternSpan(random.Next(4), new MatchSpan(Math.Max(0, e - length), Math.Min(e, length), MatchKind.Exact, false, 0, false)));
            }
            var exactCount = found.Count;
            var exactLongest = found.Count == 0 ? 0 : found.Max(f => f.Span.Length);
            var windowLongest = 0;
            var start = 0;
            for (var w = 0; w < 60; w++)
            {
                start += random.Next(0, 8);
                var end = start + random.Next(1, 30);
                var pattern = random.Next(4);
                var expected = FoundSpans.OverlapsAny(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), pattern, start, end);
                var actual = FoundSpans.Overlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), exactCount, exactLongest, windowLongest, pattern, start, end);
                Assert.Equal(expected, actual);
                if (actual || random.Next(3) == 0) continue;
                found.Add(new PatternSpan(pattern, new MatchSpan(start, end - start, MatchKind.Fuzzy, false, 0, false)));
                windowLongest = Math.Max(windowLongest, end - start);
            }
        }
    }
}
