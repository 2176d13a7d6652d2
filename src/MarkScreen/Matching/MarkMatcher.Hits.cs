using MarkScreen.Index;

namespace MarkScreen.Matching;

/// <summary>From spans to hits: each mark once, with all its spans, in order of first appearance.</summary>
public sealed partial class MarkMatcher
{
    /// <summary>Every mark found in <paramref name="text"/>, once each with all its spans, in order of first appearance.</summary>
    public IReadOnlyList<MarkHit> Find(string text) => FindSpans(text, _spans) == 0 ? [] : Hits(_spans);

    /// <summary>
    /// Every mark found in each of <paramref name="texts"/>, as <see cref="Find(string)"/> finds them, by the texts'
    /// places: the texts are scanned together (see <see cref="FindSpans(ReadOnlySpan{string}, ReadOnlySpan{List{PatternSpan}})"/>).
    /// </summary>
    public IReadOnlyList<MarkHit>[] Find(ReadOnlySpan<string> texts)
    {
        if (_batchSpans.Length < texts.Length)
        {
            var grown = new List<PatternSpan>[Math.Max(texts.Length, _batchSpans.Length * 2)];
            _batchSpans.CopyTo(grown, 0);
            for (var i = _batchSpans.Length; i < grown.Length; i++) grown[i] = [];
            _batchSpans = grown;
        }
        FindSpans(texts, _batchSpans);
        var hits = new IReadOnlyList<MarkHit>[texts.Length];
        for (var i = 0; i < hits.Length; i++) hits[i] = _batchSpans[i].Count == 0 ? [] : Hits(_batchSpans[i]);
        return hits;
    }

    /// <summary>The batch's span lists, one per text, kept for the next batch.</summary>
    private List<PatternSpan>[] _batchSpans = [];

    /// <summary>The hits of one text's spans (which it sorts).</summary>
    private MarkHit[] Hits(List<PatternSpan> found)
    {
        // In order of start, then pattern (SAMSUNG and SAMSUNG GALAXY start together), each pattern's first span comes
        // in the order its hit is listed, and its spans come in order. The hits used to be grouped by a sort on pattern
        // and then sorted themselves: that second sort, of objects, went through the runtime's shared generic code,
        // an interface call per comparison. With the facts prefetched below, all kinds ran 1.11 times as fast
        // (alternating in one process at 3M marks, 39 of 40 windows in each of two runs; the hits were the same
        // for all 57,000 titles).
        var spans = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found);
        spans.Sort(default(ByStartThenPattern));
        _hitPatterns.Clear();
        if (_hitOf.Length < spans.Length)
        {
            _hitOf = new int[Math.Max(spans.Length, _hitOf.Length * 2)];
            _hitFill = new int[_hitOf.Length];
        }
        for (var i = 0; i < spans.Length; i++)
        {
            // A title has a few dozen hits at most: a vectorised search of their patterns beats any map.
            var hit = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_hitPatterns).IndexOf(spans[i].Pattern);
            if (hit < 0)
            {
                hit = _hitPatterns.Count;
                _hitPatterns.Add(spans[i].Pattern);
                _hitFill[hit] = 0;
            }
            _hitFill[hit]++;
            _hitOf[i] = hit;
        }
        // Each hit reads its pattern's facts from the chain records, in pattern order (a miss each): start them all first.
        var chain = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, PatternLink>(index.Bytes(IndexSection.PatternChain));
        foreach (var pattern in _hitPatterns) CacheLines.Prefetch(chain, pattern);
        var hitSpans = new MatchSpan[_hitPatterns.Count][];
        for (var h = 0; h < hitSpans.Length; h++)
        {
            hitSpans[h] = new MatchSpan[_hitFill[h]];
            _hitFill[h] = 0;
        }
        for (var i = 0; i < spans.Length; i++)
        {
            var h = _hitOf[i];
            hitSpans[h][_hitFill[h]++] = spans[i].Span;
        }
        var hits = new MarkHit[hitSpans.Length];
        for (var h = 0; h < hits.Length; h++)
        {
            var best = hitSpans[h][0].Kind;
            foreach (var span in hitSpans[h])
                if (span.Kind < best) best = span.Kind;
            var pattern = _hitPatterns[h];
            ref readonly var facts = ref chain[pattern].Facts;
            hits[h] = new MarkHit(index, pattern, best, hitSpans[h], facts.Length, facts.WordCount, facts.IsDictionaryWord);
        }
        return hits;
    }

    /// <summary>Find's scratch: each hit's pattern in order, each span's hit, and each hit's span count (then fill).</summary>
    private readonly List<int> _hitPatterns = [];
    private int[] _hitOf = new int[64];
    private int[] _hitFill = new int[64];

    private readonly struct ByStartThenPattern : IComparer<PatternSpan>
    {
        public int Compare(PatternSpan a, PatternSpan b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Pattern.CompareTo(b.Pattern);
    }
}
