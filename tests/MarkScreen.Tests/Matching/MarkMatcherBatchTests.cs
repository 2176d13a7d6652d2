using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Matching;
using MarkScreen.Matching.Evaluation;

namespace MarkScreen.Tests.Matching;

/// <summary>
/// The batch calls scan sixteen texts at a time, their steps taken in turn: each text must come out exactly as it does
/// alone. Checked on real listing titles from ../shared with their own brands as the register, disguised variants of
/// them, and texts of every length from empty to a long description.
/// </summary>
public sealed class MarkMatcherBatchTests : IDisposable
{
    private static readonly Lazy<List<LabeledListing>> s_listings = new(() =>
        LabeledListings.LoadShared(Path.GetFullPath(Path.Combine(TestData.RepoRoot, "..", "shared"))));

    private readonly MarkIndex _index;
    private readonly List<string> _texts;

    public MarkMatcherBatchTests()
    {
        var random = new Random(7);
        var listings = s_listings.Value.OrderBy(_ => random.Next()).Take(3000).ToList();
        var brands = listings.Select(l => l.Brand).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _index = MarkIndex.Build(brands.Select((b, i) => new IndexedMark(i + 1, "US", $"S{i}", null, b, [9], Liveness.Live)));
        var disguiser = new Disguiser(7);
        _texts = [];
        foreach (var l in listings.Take(600))
        {
            _texts.Add(l.Title);
            // A disguised brand (homoglyph, leetspeak, spaced, typo) in place, so that every kind runs in the lanes.
            var variant = (_texts.Count % 4) switch
            {
                0 => disguiser.Homoglyph(l.Brand),
                1 => disguiser.Leetspeak(l.Brand),
                2 => disguiser.Spaced(l.Brand),
                _ => disguiser.Typo(l.Brand),
            };
            if (variant is not null) _texts.Add(l.Title.Replace(l.Brand, variant, StringComparison.OrdinalIgnoreCase));
        }
        // Texts a lane must take in its stride: empty, no letters at all, one character, odd Unicode, a long description.
        _texts.InsertRange(5, ["", "   ", "-- / --", "x", "\u200B\uFEFF", "索尼 耳机", string.Concat(Enumerable.Repeat(listings[0].Title + " ", 400))]);
    }

    public void Dispose() => _index.Dispose();

    /// <summary>What a reader sees of one text's hits: each mark with its kind and every span.</summary>
    private static List<string> Answers(IReadOnlyList<MarkHit> hits) =>
        [.. hits.Select(h => $"{h.Pattern} {h.Kind} " + string.Join(",", h.Spans.Select(s => $"{s.Start}+{s.Length}:{s.Kind}:{s.EditDistance}:{s.InsideWord}:{s.WordPosition}:{s.Plural}")))];

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 15)]
    [InlineData(true, 17)]
    [InlineData(true, 256)]
    [InlineData(false, 16)]
    [InlineData(false, 1000)]
    public void Every_text_of_a_batch_gets_the_hits_it_gets_alone(bool approximate, int batchSize)
    {
        var alone = new MarkMatcher(_index) { Approximate = approximate };
        var batched = new MarkMatcher(_index) { Approximate = approximate, LanesFrom = 0 };
        var expected = _texts.Select(t => Answers(alone.Find(t))).ToList();
        Assert.True(expected.Count(e => e.Count > 0) > _texts.Count / 2, "most texts should find their brand");
        for (var start = 0; start < _texts.Count; start += batchSize)
        {
            var batch = _texts.Skip(start).Take(batchSize).ToArray();
            var found = batched.Find(batch);
            Assert.Equal(batch.Length, found.Length);
            for (var i = 0; i < batch.Length; i++) Assert.True(expected[start + i].SequenceEqual(Answers(found[i])), $"text {start + i}: \"{batch[i]}\"");
        }
    }

    [Fact]
    public void Over_a_small_register_a_batch_takes_one_text_at_a_time_with_the_same_hits()
    {
        var alone = new MarkMatcher(_index);
        var batched = new MarkMatcher(_index);
        var texts = _texts.Take(100).ToArray();
        var found = batched.Find(texts);
        for (var i = 0; i < texts.Length; i++) Assert.Equal(Answers(alone.Find(texts[i])), Answers(found[i]));
    }

    [Fact]
    public void A_matcher_gives_the_same_answers_one_at_a_time_after_a_batch()
    {
        var matcher = new MarkMatcher(_index) { LanesFrom = 0 };
        var before = _texts.Take(40).Select(t => Answers(matcher.Find(t))).ToList();
        matcher.Find(_texts.Skip(40).Take(100).ToArray());
        Assert.Equal(before, _texts.Take(40).Select(t => Answers(matcher.Find(t))).ToList());
    }

    [Fact]
    public void Batch_spans_go_into_the_output_list_of_each_text_cleared_first()
    {
        var matcher = new MarkMatcher(_index) { Approximate = false, LanesFrom = 0 };
        var texts = _texts.Take(40).ToArray();
        var outputs = texts.Select(_ => new List<PatternSpan> { new(-1, default) }).ToArray();
        matcher.FindSpans(texts, outputs);
        var alone = new MarkMatcher(_index) { Approximate = false };
        var expected = new List<PatternSpan>();
        for (var i = 0; i < texts.Length; i++)
        {
            alone.FindSpans(texts[i], expected);
            Assert.Equal(expected, outputs[i]);
        }
    }

    [Fact]
    public void Fewer_output_lists_than_texts_is_refused()
    {
        var matcher = new MarkMatcher(_index);
        var error = Assert.Throws<ArgumentException>(() => matcher.FindSpans(_texts.Take(3).ToArray(), [[], []]));
        Assert.Contains("3 texts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_normalised_kinds_come_out_in_order_of_their_end_with_the_compounds_merged_in()
    {
        // Compounds are judged after the whole-word hits and merged back: the typo pass searches the spans by their end.
        var matcher = new MarkMatcher(_index) { Approximate = false };
        var spans = new List<PatternSpan>();
        var compounds = 0;
        foreach (var text in _texts)
        {
            matcher.FindSpans(text, spans);
            compounds += spans.Count(s => s.Span.InsideWord);
            for (var i = 1; i < spans.Count; i++)
                Assert.True(spans[i - 1].Span.Start + spans[i - 1].Span.Length <= spans[i].Span.Start + spans[i].Span.Length, text);
        }
        Assert.True(compounds > 100, $"{compounds} compounds");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Batch_spans_allocate_nothing_once_warm(bool approximate)
    {
        var matcher = new MarkMatcher(_index) { Approximate = approximate, LanesFrom = 0 };
        var texts = _texts.Take(100).ToArray();
        var outputs = texts.Select(_ => new List<PatternSpan>()).ToArray();
        matcher.FindSpans(texts, outputs);
        Assert.Equal(0, Allocations.InSteadyState(() =>
        {
            for (var round = 0; round < 20; round++) matcher.FindSpans(texts, outputs);
        }));
        Assert.True(outputs.Sum(o => o.Count) > 0);
    }
}
