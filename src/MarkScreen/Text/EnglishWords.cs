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
    /// Whether a lower-case text (a mark's fold) has words and each is English or an inflection of one (see
    /// <see cref="Contains"/>); a word with a digit is not: "royal blue" and "women's" are, "airbag", "v7" and "one 2" are not.
    /// </summary>
    public static bool IsEnglishPhrase(ReadOnlySpan<char> fold)
    {
        var words = 0;
        for (var i = 0; i < fold.Length;)
        {
            if (!char.IsLetterOrDigit(fold[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < fold.Length && (char.IsLetterOrDigit(fold[end]) || MatchText.IsApostrophe(fold[end]))) end++;
            var word = fold[i..end];
            if (word.ContainsAnyInRange('0', '9') || !Contains(word)) return false;
            words++;
            i = end;
        }
        return words > 0;
    }

    /// <summary>
    /// Whether a lower-case word is English, or an inflection of an English word: the dictionary holds base forms
    /// only, and listing titles are full of "women's", "printed", "cycling", "bellies". Allocates nothing.
    /// <para>
    /// The forms taken back to a dictionary word, after a possessive "'s" or "'" is dropped: the plural "s", "es" and
    /// "ies" (to "y"); past tense "ed" (to the stem, the stem with "e", "ied" to "y", or an undoubled consonant: see
    /// <see cref="IsDoubledFinal"/>); the present participle "ing" (to the stem, the stem with "e", or an undoubled
    /// consonant); and the irregular plurals women and children. A title word the dictionary missed only for its ending
    /// used to open a dozen typo look-ups of its own and with its neighbours: at 3M marks "Solid Women's Cycling Shorts"
    /// alone made eight windows.
    /// </para>
    /// <para>
    /// The matcher asks this of every word of every title, so it is answered from an open-addressing table of the
    /// words' 64-bit hashes (half a megabyte, in cache) rather than the string set: one pass over the word gives the
    /// hashes of all its prefixes, and each form above is one more step and one probe. Two different words share a
    /// 64-bit hash with odds far below one in a billion across the whole dictionary, and a false yes only skips a
    /// typo look-up.
    /// </para>
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord)
    {
        var word = WithoutPossessive(lowerCaseWord);
        var n = word.Length;
        if (n > MaxWordLength) return false;
        var table = s_hashes.Value;
        Span<ulong> prefix = stackalloc ulong[MaxWordLength + 1];
        for (var i = 0; i < n; i++) prefix[i + 1] = Step(prefix[i], word[i]);
        if (Has(table, prefix[n])) return true;
        if (n > 3 && word[^1] == 's')
        {
            if (Has(table, prefix[n - 1])) return true;
            if (n > 4 && word[^2] == 'e' && (Has(table, prefix[n - 2]) || (word[^3] == 'i' && Has(table, Step(prefix[n - 3], 'y'))))) return true;
        }
        if (n > 4 && word.EndsWith("ed"))
        {
            if (Has(table, prefix[n - 2]) || Has(table, prefix[n - 1])) return true;
            if ((IsDoubledFinal(word[..^2]) && Has(table, prefix[n - 3])) || (word[^3] == 'i' && Has(table, Step(prefix[n - 3], 'y')))) return true;
        }
        if (n > 5 && word.EndsWith("ing"))
        {
            if (Has(table, prefix[n - 3]) || Has(table, Step(prefix[n - 3], 'e'))) return true;
            if (IsDoubledFinal(word[..^3]) && Has(table, prefix[n - 4])) return true;
        }
        return word.SequenceEqual("women") || word.SequenceEqual("children");
    }

    /// <summary>
    /// Whether <paramref name="stem"/> ends in a consonant English doubles before "ed" and "ing" after one short vowel
    /// (shop → shopped, run → running): only then is the double undone. "Blesssed" and "Wickked" are typos, not
    /// inflections of "bless" and "wick".
    /// </summary>
    public static bool IsDoubledFinal(ReadOnlySpan<char> stem) =>
        stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is 'b' or 'd' or 'g' or 'l' or 'm' or 'n' or 'p' or 'r' or 't'
        && IsVowel(stem[^3]) && !IsVowel(stem[^4]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Words longer than this are not looked up (the dictionary's longest has 28 letters).</summary>
    public const int MaxWordLength = 48;

    /// <summary>The word without a possessive "'s" or trailing "'" (straight or curly apostrophe).</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^1] == 's' && MatchText.IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 2 && MatchText.IsApostrophe(word[^1])) return word[..^1];
        return word;
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
