using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Matching;
using MarkScreen.Text;

namespace MarkScreen.Tests.Index;

/// <summary>The automaton against its simple twin: every occurrence of every skeleton, found by trying each position.</summary>
public class AutomatonTests
{
    private static IndexedMark Mark(string text, int i) => new(i + 1, "US", (80000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), null, text, [9], Liveness.Live);

    [Theory]
    [InlineData(1, "abc", false)]
    [InlineData(2, "abc", false)]
    [InlineData(3, "abc", false)]
    [InlineData(5, "abc", false)]
    [InlineData(10, "abc", false)]
    [InlineData(3, "a1中文", false)]
    [InlineData(8, "b中文字", false)]
    [InlineData(2, "abc", true)]
    [InlineData(5, "abc", true)]
    [InlineData(4, "ab中文", true)]
    [InlineData(2, "bdk|a", false)]
    [InlineData(3, "bdk|a中", true)]
    public void Candidates_are_exactly_the_occurrences_a_naive_search_finds_whatever_the_shallow_depth_and_layout(int shallowDepth, string letters, bool profiled)
    {
        // A three- or four-letter alphabet makes marks overlap, nest and share prefixes far more than real ones do.
        // Ideographs are not coded in the states' label masks: they take the scan's search of the remaining labels.
        // Profiled: the records are laid out for a scan of random texts, so that most sibling groups move.
        // Letters after '|' occur in marks only past the shallow depth, so the masks do not code them, though in
        // ASCII they sort before the coded ones; texts use them anywhere.
        var random = new Random(shallowDepth);
        var deepOnly = letters.Split('|').ElementAtOrDefault(1) ?? "";
        letters = letters.Split('|')[0];
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => letters[random.Next(letters.Length)])]);
        string Deep(string word) => deepOnly.Length == 0 || word.Length < shallowDepth + 2 || random.Next(2) == 0 ? word
            : word[..(shallowDepth + 1)] + deepOnly[random.Next(deepOnly.Length)] + word[(shallowDepth + 2)..];
        string Any(string word) => deepOnly.Length == 0 || random.Next(3) > 0 ? word : word + deepOnly[random.Next(deepOnly.Length)] + Word(0, 4);
        var marks = Enumerable.Range(0, 300).Select(i => Deep(Word(1, 14))).Distinct().Select((m, i) => Mark(m, i)).ToList();
        var profile = profiled ? Enumerable.Range(0, 200).Select(_ => Word(1, 20)).ToList() : null;
        using var index = MarkIndex.Build(marks, shallowDepth, profile);
        var matcher = new MarkMatcher(index);
        var stream = new MatchText();
        for (var t = 0; t < 300; t++)
        {
            // A word in four is a mark with a little more, so that long marks' tails are walked to their ends.
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(4) == 0 ? marks[random.Next(marks.Count)].Text + Word(0, 2) : Any(Word(1, 12))));
            stream.Set(text);
            var chars = stream.Chars.ToString();
            var expected = new List<(int, int)>();
            for (var p = 0; p < index.PatternCount; p++)
            {
                var skeleton = index.Skeleton(p).ToString();
                for (var at = chars.IndexOf(skeleton, StringComparison.Ordinal); at >= 0; at = chars.IndexOf(skeleton, at + 1, StringComparison.Ordinal))
                    // Patterns under four characters count as whole words only (the scan's documented early filter).
                    if (skeleton.Length >= 4 || (WordStart(stream, at) && (WordEnd(stream, at + skeleton.Length - 1) || Plural(stream, at + skeleton.Length - 1))))
                        expected.Add((p, at + skeleton.Length - 1));
            }
            var actual = matcher.Candidates(text);
            Assert.Equal(expected.Order(), actual.Order());
            Assert.True(actual.Select(c => c.End).SequenceEqual(actual.Select(c => c.End).Order()), $"candidates out of end order for '{text}'");
        }
    }

    private static bool WordStart(MatchText s, int i) => i < s.Length && (s.Flags(i) & MatchText.Boundary.WordStart) != 0;

    private static bool WordEnd(MatchText s, int i) => (s.Flags(i) & MatchText.Boundary.WordEnd) != 0;

    /// <summary>An "s" or "es" that ends the word after <paramref name="end"/>.</summary>
    private static bool Plural(MatchText s, int end)
    {
        var rest = s.Chars[(end + 1)..].ToString();
        var word = rest.Length == 0 || WordStart(s, end + 1) ? "" : rest[..(Enumerable.Range(end + 1, rest.Length).First(i => WordEnd(s, i)) - end)];
        return word is "s" or "es";
    }

    [Fact]
    public void An_index_with_no_marks_finds_nothing()
    {
        using var index = MarkIndex.Build([]);
        Assert.Empty(new MarkMatcher(index).Find("anything at all"));
    }

    [Fact]
    public void Prefix_order_lists_every_pattern_once_in_ordinal_order_of_its_skeleton()
    {
        using var index = MarkIndex.Build(new[] { "ZEBRA", "apple", "Apple Tart", "app", "b", "Ab", "zzz" }.Select((m, i) => Mark(m, i)));
        var sorted = index.PatternsBySkeleton.ToArray();
        Assert.Equal(Enumerable.Range(0, index.PatternCount), sorted.Order());
        var skeletons = sorted.Select(p => index.Skeleton(p).ToString()).ToList();
        Assert.Equal(skeletons.Order(StringComparer.Ordinal), skeletons);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789!#&+")]
    public void Every_short_word_of_coded_letters_has_its_own_slot_in_the_short_word_table(string letters)
    {
        // The alphabet as the builder makes it: codes 1.. in character order.
        var alphabet = new byte[128];
        var coded = 0;
        foreach (var c in letters.Order()) alphabet[c] = (byte)++coded;
        var words = letters.Select(a => $"{a}")
            .Concat(letters.SelectMany(a => letters.Select(b => $"{a}{b}")))
            .Concat(letters.SelectMany(a => letters.SelectMany(b => letters.Select(c => $"{a}{b}{c}")))).ToList();
        var keys = words.Select(w => Automaton.ShortWordKey(w, alphabet, coded)).ToList();
        Assert.Equal(words.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.InRange(k, 1, (int)Math.Pow(coded + 1, 3) - 1));
        Assert.Equal(-1, Automaton.ShortWordKey("a\u00E9", alphabet, coded));
    }

    [Fact]
    public void A_state_record_reads_back_what_was_written_and_refuses_what_it_cannot_hold()
    {
        var ints = new int[4];
        ShallowState.Write(ints, ShallowState.MaxChild, fullDepth: true, otherLabels: true, 0x8000_0001u, ShallowState.MaxFail, 123_456_789, ShallowState.MaxOutputs);
        var record = System.Runtime.InteropServices.MemoryMarshal.Cast<int, ShallowState>(ints)[0];
        Assert.Equal((ShallowState.MaxChild, true, true, 0x8000_0001u), (record.FirstChild, record.IsFullDepth, record.HasOtherLabels, record.Mask));
        Assert.Equal((ShallowState.MaxFail, 123_456_789, ShallowState.MaxOutputs, true), (record.Fail, record.OutputStart, record.OutputCount, record.HasOutput));
        ShallowState.Write(ints, 7, fullDepth: false, otherLabels: false, 0u, 3, 0, 0);
        record = System.Runtime.InteropServices.MemoryMarshal.Cast<int, ShallowState>(ints)[0];
        Assert.Equal((7, false, false, 3, false), (record.FirstChild, record.IsFullDepth, record.HasOtherLabels, record.Fail, record.HasOutput));
        Assert.Throws<InvalidOperationException>(() => ShallowState.Write(new int[4], ShallowState.MaxChild + 1, false, false, 0u, 0, 0, 0));
        Assert.Throws<InvalidOperationException>(() => ShallowState.Write(new int[4], 0, false, false, 0u, ShallowState.MaxFail + 1, 0, 0));
        Assert.Throws<InvalidOperationException>(() => ShallowState.Write(new int[4], 0, false, false, 0u, 0, 0, ShallowState.MaxOutputs + 1));
    }
}
