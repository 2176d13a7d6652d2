using System.Text;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Tests.Registers.Uspto;

public class CaseFileSplitterTests
{
    private static List<(string Text, long Line, string? Error)> Split(string xml, int chunk)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        using var splitter = new CaseFileSplitter(stream, chunk);
        return [.. splitter.Records().Select(s => (Encoding.UTF8.GetString(s.Bytes.Span), s.Line, s.SplitError))];
    }

    /// <summary>The simple twin: the whole text in memory, ordinal IndexOf, lines counted by hand.</summary>
    private static List<(string Text, long Line)> Reference(string xml)
    {
        var result = new List<(string, long)>();
        var pos = 0;
        while (true)
        {
            var start = xml.IndexOf("<case-file>", pos, StringComparison.Ordinal);
            if (start < 0) break;
            var end = xml.IndexOf("</case-file>", start, StringComparison.Ordinal);
            if (end < 0) break;
            end += "</case-file>".Length;
            result.Add((xml[start..end], 1 + xml.AsSpan(0, start).Count('\n')));
            pos = end;
        }
        return result;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(4096)]
    public void Generated_files_split_into_the_same_records_as_the_reference_whatever_the_chunk_size(int seed)
    {
        using var ms = new MemoryStream();
        new UsptoDailyFileGenerator(seed).Write(ms, 200_000, new DateOnly(2024, 9, 25));
        var xml = Encoding.UTF8.GetString(ms.ToArray());
        var expected = Reference(xml);
        Assert.True(expected.Count > 10);
        foreach (var chunk in new[] { 7, 64, 1000, 1 << 20 })
        {
            var actual = Split(xml, chunk);
            Assert.All(actual, a => Assert.Null(a.Error));
            Assert.Equal(expected, actual.Select(a => (a.Text, a.Line)).ToList());
        }
    }

    [Fact]
    public void A_file_cut_inside_a_record_yields_the_records_before_it_and_a_truncation_error()
    {
        var xml = "<x>\n<case-file><serial-number>1</serial-number></case-file>\n<case-file><serial-number>2</ser";
        var parts = Split(xml, 8);
        Assert.Equal(2, parts.Count);
        Assert.Null(parts[0].Error);
        Assert.Equal(3, parts[1].Line);
        Assert.Contains("file ends inside this record", parts[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_missing_its_end_tag_is_reported_and_the_next_record_still_read()
    {
        var xml = "<case-file><serial-number>1</serial-number>\n<case-file><serial-number>2</serial-number></case-file>";
        var parts = Split(xml, 5);
        Assert.Equal(2, parts.Count);
        Assert.Contains("no </case-file> before the next <case-file> on line 2", parts[0].Error, StringComparison.Ordinal);
        Assert.Equal("<case-file><serial-number>2</serial-number></case-file>", parts[1].Text);
        Assert.Equal(2, parts[1].Line);
    }

    [Fact]
    public void Header_elements_that_start_like_the_record_tag_are_not_records()
    {
        var parts = Split("<case-file-header>x</case-file-header><case-file>a</case-file>", 3);
        Assert.Equal("<case-file>a</case-file>", Assert.Single(parts).Text);
    }
}
