using System.Buffers.Binary;
using MarkScreen.Index;
using MarkScreen.Marks;

namespace MarkScreen.Tests.Index;

public class MarkIndexFileTests
{
    private static MarkIndex Small() => MarkIndex.Build([new IndexedMark(1, "US", "90312345", "6553300", "AIRBAG", [9], Liveness.Live)]);

    [Fact]
    public void The_file_header_is_frozen_at_format_18_with_39_sections()
    {
        using var dir = new TempDir();
        var path = dir.File("i.msidx");
        using (var index = Small()) index.Save(path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("MSINDEX\0"u8.ToArray(), bytes[..8]);
        Assert.Equal(18, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(39, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)));
        Assert.Equal(16 + (16 * 39), BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16)));
        Assert.Equal(65536 * 4, BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(24)));
    }

    [Fact]
    public void A_truncated_or_foreign_file_is_refused_clearly()
    {
        using var dir = new TempDir();
        var path = dir.File("i.msidx");
        using (var index = Small()) index.Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => MarkIndex.Load(path)).Message, StringComparison.Ordinal);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 99);
        File.WriteAllBytes(path, bytes);
        Assert.Contains("Rebuild", Assert.Throws<InvalidDataException>(() => MarkIndex.Load(path)).Message, StringComparison.Ordinal);
        File.WriteAllText(path, "not an index at all, just text that is long enough to fill a header of three hundred bytes ....................................................................................................................................................................................................................");
        Assert.Contains("not a MarkScreen index", Assert.Throws<InvalidDataException>(() => MarkIndex.Load(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_reached_through_a_symbolic_link_loads_and_matches()
    {
        using var dir = new TempDir();
        var path = dir.File("i.msidx");
        using (var index = Small()) index.Save(path);
        var link = dir.File("link.msidx");
        File.CreateSymbolicLink(link, path);
        using var linked = MarkIndex.Load(link);
        Assert.Equal("AIRBAG", Assert.Single(new MarkScreen.Matching.MarkMatcher(linked).Find("Built-in Airbag Protective Case")).MarkText);
    }

    [Fact]
    public void Opening_an_index_of_an_older_format_rebuilds_it_from_the_marks()
    {
        using var dir = new TempDir();
        var path = dir.File("i.msidx");
        using (var index = Small()) index.Save(path);
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 2);
        File.WriteAllBytes(path, bytes);
        var said = new List<string>();
        var marks = new[] { new IndexedMark(1, "US", "90312345", "6553300", "AIRBAG", [9], Liveness.Live), new IndexedMark(2, "US", "90312346", null, "PAYPAL", [9], Liveness.Live) };
        using (var reopened = MarkIndex.Open(path, () => marks, said.Add))
        {
            Assert.Equal(2, reopened.MarkCount);
            Assert.Contains(said, s => s.Contains("format 2", StringComparison.Ordinal) && s.Contains("Rebuilding", StringComparison.Ordinal));
        }
        using var again = MarkIndex.Open(path, () => throw new InvalidOperationException("a current index is not rebuilt"), said.Add);
        Assert.Equal(2, again.MarkCount);
    }

    [Fact]
    public void A_patterns_facts_say_whether_its_mark_holds_a_digit_or_a_separator_and_survive_a_reload()
    {
        using var dir = new TempDir();
        var path = dir.File("i.msidx");
        // DEFLECTO and DEFLECT-O share a spelling: the separator of either registration counts.
        string[] texts = ["V7", "NIKE", "EXCELLENT4U", "BEN 10", "T-MOBILE", "DEFLECTO", "DEFLECT-O"];
        using (var built = MarkIndex.Build(texts.Select((t, i) => new IndexedMark(i + 1, "US", $"9031234{i}", null, t, [9], Liveness.Live)))) built.Save(path);
        using var index = MarkIndex.Load(path);
        var matcher = new MarkScreen.Matching.MarkMatcher(index) { Approximate = false };
        var patterns = texts[..6].Select(t => matcher.Find(t)[0].Pattern).ToList();
        var view = new IndexView(index);
        var facts = new List<(bool, bool)>();
        foreach (var p in patterns) facts.Add((view.PatternChain[p].Facts.HasDigits, view.PatternChain[p].Facts.IsSeparated));
        Assert.Equal([(true, false), (false, false), (true, false), (true, true), (false, true), (false, true)], facts);
    }
}
