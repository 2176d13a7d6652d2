using System.Collections.Frozen;

namespace MarkScreen.Text;

/// <summary>
/// The English words MarkScreen ships (english-words.txt: the 27,000-word dictionary of the Krovetz stemmer, from
/// Lucene.NET; see its header), lower case. The matcher uses it to skip typo and sound-alike look-ups on windows of
/// real words ("summer" is not a misspelling of ZIMMER), the judge to tell everyday marks from coined ones.
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<FrozenSet<string>> s_words = new(Load);
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> s_lookup = new(() => s_words.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    public static FrozenSet<string> All => s_words.Value;

    /// <summary>Whether a lower-case word, or the word without a plural "s"/"es", is English. Allocates nothing.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord)
    {
        var lookup = s_lookup.Value;
        if (lookup.Contains(lowerCaseWord)) return true;
        if (lowerCaseWord.Length > 3 && lowerCaseWord[^1] == 's')
        {
            if (lookup.Contains(lowerCaseWord[..^1])) return true;
            if (lowerCaseWord.Length > 4 && lowerCaseWord[^2] == 'e' && lookup.Contains(lowerCaseWord[..^2])) return true;
        }
        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("MarkScreen.Text.english-words.txt")
            ?? throw new InvalidOperationException("embedded resource english-words.txt missing");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length >= 2 && line[0] != '#') words.Add(line);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
