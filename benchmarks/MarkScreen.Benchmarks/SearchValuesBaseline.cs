using System.Buffers;
using MarkScreen.Matching;
using MarkScreen.Matching.Evaluation;

namespace MarkScreen.Benchmarks;

/// <summary>
/// What a developer would write with .NET's own multi-string search: SearchValues&lt;string&gt; (Aho-Corasick) over the
/// raw marks, ignoring case, with no normalisation at all. IndexOfAny finds the next place where some mark starts and
/// the search goes on from the character after it; the marks starting there are then told apart by comparing those
/// that share its first letter. The match benchmark times the same search (<see cref="Count"/>) over 3M marks.
/// </summary>
internal sealed class SearchValuesBaseline
{
    private readonly string[] _marks;
    private readonly SearchValues<string> _values;
    private Dictionary<string, string[]>? _byFirst;

    /// <summary>The search over <paramref name="marks"/> (none empty), as SearchValues builds it: what the match benchmark times as the baseline's build.</summary>
    public SearchValuesBaseline(string[] marks)
    {
        _marks = marks;
        _values = SearchValues.Create(marks, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The marks by first letter, for telling apart those starting at a place (built on first use: the timed search never needs it).</summary>
    private Dictionary<string, string[]> ByFirst => _byFirst ??= _marks.Distinct(StringComparer.OrdinalIgnoreCase)
        .GroupBy(m => m[..1], StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every place where some mark starts, counted without telling the marks apart: the timed part.</summary>
    public int Count(string title)
    {
        var n = 0;
        var span = title.AsSpan();
        int i;
        while ((i = span.IndexOfAny(_values)) >= 0)
        {
            n++;
            span = span[(i + 1)..];
        }
        return n;
    }

    /// <summary>Every mark starting anywhere in <paramref name="title"/>, as an exact hit (SearchValues knows no other kind).</summary>
    public IEnumerable<Found> Find(string title)
    {
        var found = new List<Found>();
        var offset = 0;
        int i;
        while ((i = title.AsSpan(offset).IndexOfAny(_values)) >= 0)
        {
            var at = offset + i;
            if (ByFirst.TryGetValue(title.Substring(at, 1), out var candidates))
                foreach (var mark in candidates)
                    if (title.AsSpan(at).StartsWith(mark, StringComparison.OrdinalIgnoreCase)) found.Add(new Found(mark, at, mark.Length, MatchKind.Exact));
            offset = at + 1;
        }
        return found;
    }
}
