namespace MarkScreen.Matching;

/// <summary>A span and the pattern (distinct mark spelling) found there: the allocation-free form of a match.</summary>
public readonly record struct PatternSpan(int Pattern, MatchSpan Span);

/// <summary>One place a mark was found: the original text's [Start, Start+Length), how, and where in the text.</summary>
public readonly record struct MatchSpan(int Start, int Length, MatchKind Kind, bool InsideWord, int WordPosition, bool Plural, int EditDistance = 0);

/// <summary>
/// A mark found in a text, once per distinct mark spelling, with every span where it occurs. Several registrations
/// can share one spelling (NOVA by many owners): <see cref="Marks"/> lists them all (indices into the index). The
/// marks are read from the index only when asked for: each is a cache miss in a large table, and a screener drops
/// many hits (incidental ones) before it looks at any mark.
/// </summary>
public sealed class MarkHit(Index.MarkIndex index, int pattern, MatchKind kind, MatchSpan[] spans, int markLength, int markWords, bool isDictionaryWord)
{
    private string? _markText;

    public int Pattern { get; } = pattern;

    /// <summary>The mark as registered (of the first registration sharing the spelling); read from the index on first use.</summary>
    public string MarkText => _markText ??= index.MarkText(index.MarksOfPattern(Pattern)[0]);
    public MatchKind Kind { get; } = kind;
    public IReadOnlyList<MatchSpan> Spans { get; } = spans;

    /// <summary>Length of the mark's skeleton (letters and digits).</summary>
    public int MarkLength { get; } = markLength;
    public int MarkWords { get; } = markWords;

    /// <summary>Whether every word of the mark is an English word or an inflection of one ("SEED", "ROYAL BLUE"; not "AIRBAG" or "V7").</summary>
    public bool IsDictionaryWord { get; } = isDictionaryWord;

    public IReadOnlyList<int> Marks => index.MarksOfPattern(Pattern).ToArray();

    /// <summary>The text that matched at the first span.</summary>
    public string MatchedText(string text) => text.Substring(Spans[0].Start, Spans[0].Length);
}
