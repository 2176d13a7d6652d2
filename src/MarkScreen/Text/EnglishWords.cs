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
    private static readonly Lazy<ulong[]> s_hashes = new(() => HashTable(s_words.Value));

    public static FrozenSet<string> All => s_words.Value;

    /// <summary>
    /// Whether a lower-case word, or the word without a plural "s"/"es", is English. Allocates nothing.
    /// <para>
    /// The matcher asks this of every word of every title, so it is answered from an open-addressing table of the
    /// words' 64-bit hashes (half a megabyte, in cache) rather than the string set: one pass over the word gives the
    /// hashes of the word and of both plural stems, and each is one probe. Two different words share a 64-bit hash
    /// with odds far below one in a billion across the whole dictionary, and a false yes only skips a typo look-up.
    /// </para>
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord)
    {
        var table = s_hashes.Value;
        ulong h = 0, withoutS = 0, withoutEs = 0;
        for (var i = 0; i < lowerCaseWord.Length; i++)
        {
            if (i == lowerCaseWord.Length - 2) withoutEs = h;
            if (i == lowerCaseWord.Length - 1) withoutS = h;
            h = Step(h, lowerCaseWord[i]);
        }
        if (Has(table, h)) return true;
        if (lowerCaseWord.Length > 3 && lowerCaseWord[^1] == 's')
        {
            if (Has(table, withoutS)) return true;
            if (lowerCaseWord.Length > 4 && lowerCaseWord[^2] == 'e' && Has(table, withoutEs)) return true;
        }
        return false;
    }

    private const ulong Base = 0x100000001B3UL;

    private static ulong Step(ulong h, char c) => (h * Base) + c + 1;

    /// <summary>The hash as stored: never 0 (the empty slot), mixed so that its low bits pick the slot.</summary>
    private static ulong Stored(ulong h) => ((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9UL) | 1;

    private static bool Has(ulong[] table, ulong h)
    {
        var key = Stored(h);
        var mask = table.Length - 1;
        for (var slot = (int)(key & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            if (table[slot] == key) return true;
            if (table[slot] == 0) return false;
        }
    }

    private static ulong[] HashTable(FrozenSet<string> words)
    {
        var table = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2))];
        var mask = table.Length - 1;
        foreach (var word in words)
        {
            var h = 0UL;
            foreach (var c in word) h = Step(h, c);
            var key = Stored(h);
            var slot = (int)(key & (ulong)mask);
            while (table[slot] != 0 && table[slot] != key) slot = (slot + 1) & mask;
            table[slot] = key;
        }
        return table;
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
