namespace MarkScreen.Index;

/// <summary>
/// The kinds of matching whose sections <see cref="MarkIndex.UseHugePages"/> copies into memory backed by 2 MB pages.
/// </summary>
[Flags]
public enum HotSections
{
    None = 0,

    /// <summary>The normalised kinds: the automaton's records, output lists, tail-walk arrays, pattern facts and folds.</summary>
    Exact = 1,

    /// <summary>Typos and sound-alikes: the key filters, directories and entries, and the skeletons they are checked against.</summary>
    Approximate = 2,

    All = Exact | Approximate,
}

internal static class HotSectionList
{
    /// <summary>
    /// The sections a kind of matching reads at random, a few cache lines here and there in each of many pages. The
    /// marks' own data (keys, texts, classes) is read once per finding and stays in the mapped file.
    /// </summary>
    public static IEnumerable<IndexSection> Of(HotSections hot)
    {
        if ((hot & HotSections.Exact) != 0)
        {
            yield return IndexSection.Root;
            yield return IndexSection.ShallowStates;
            yield return IndexSection.ShallowLabels;
            yield return IndexSection.ShallowOutputs;
            yield return IndexSection.ShortWords;
            yield return IndexSection.ShortPatterns;
            // FirstEdge and EdgeLabel (102 MB at 3M marks) only serve labels the masks do not code: they stay mapped.
            yield return IndexSection.DeepStates;
            yield return IndexSection.DeepTerminal;
            yield return IndexSection.DeepTerminalRank;
            yield return IndexSection.DeepPatterns;
            yield return IndexSection.PatternChain;
            yield return IndexSection.PatternFoldChars;
        }
        if ((hot & HotSections.Approximate) != 0)
        {
            yield return IndexSection.FuzzyFilter;
            yield return IndexSection.FuzzyDirectory;
            yield return IndexSection.FuzzyEntries;
            yield return IndexSection.PhoneticFilter;
            yield return IndexSection.PhoneticDirectory;
            yield return IndexSection.PhoneticEntries;
            yield return IndexSection.PatternStart;
            yield return IndexSection.PatternChars;
        }
    }
}
