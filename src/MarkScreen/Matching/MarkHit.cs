namespace MarkScreen.Matching;

/// <summary>One place a mark was found: the original text's [Start, Start+Length), how, and where in the text.</summary>
public readonly record struct MatchSpan(int Start, int Length, MatchKind Kind, bool InsideWord, int WordPosition, bool Plural, int EditDistance = 0);

/// <summary>
/// A mark found in a text, once per distinct mark spelling, with every span where it occurs. Several registrations
/// can share one spelling (NOVA by many owners): <see cref="Marks"/> lists them all (indices into the index).
/// </summary>
public sealed record MarkHit(int Pattern, string MarkText, MatchKind Kind, IReadOnlyList<MatchSpan> Spans, IReadOnlyList<int> Marks, int MarkLength, int MarkWords)
{
    /// <summary>The text that matched at the first span.</summary>
    public string MatchedText(string text) => text.Substring(Spans[0].Start, Spans[0].Length);
}
