using System.Collections.Frozen;
using MarkScreen.Judging.Goods;

namespace MarkScreen.Judging;

/// <summary>How distinctive a mark's words are, which decides how readily a title uses them without meaning the brand.</summary>
public enum MarkStrength
{
    /// <summary>An invented word (SAMSUNG, SHEIN): nobody writes it except to mean the brand.</summary>
    Coined,

    /// <summary>Everyday words or a compound of them (AIRBAG = air + bag, SEED, BLACK): easy to use "descriptively",
    /// which does not make it safe where the mark covers the goods.</summary>
    Everyday,

    /// <summary>A word every title uses for colour, size, number or praise (BLACK, ONE, PRO, MAX): a registration
    /// of it stops almost no listing, and flagging each one would bury the findings that matter.</summary>
    Common,

    /// <summary>The name of the goods themselves (CASE for phone cases): a registration cannot stop that use.</summary>
    GenericForGoods,
}

/// <summary>
/// Tells everyday words from coined ones with the vocabulary MarkScreen ships: the 27,000 English words of the
/// Krovetz stemmer's dictionary (Text/english-words.txt, from Lucene.NET), every word of the Nice classification terms
/// and notes and of the marketplace vocabulary, plus common marketing words. Words sellers use to describe goods
/// (Data/title-descriptors.txt: frequent in real titles across many brands, such as COTTON or PRINTED) count as
/// common, like colours and sizes: a registration of one stops almost no listing that describes its goods with it. A one-word mark glued from two such words (AIRBAG, POPSOCKET) counts as everyday: that is exactly
/// how sellers end up using a registered mark while thinking they describe a feature.
/// </summary>
public sealed class MarkStrengthJudge
{
    private static readonly Lazy<MarkStrengthJudge> s_default = new(() => new MarkStrengthJudge(NiceCatalogue.Default, GoodsClassifier.Default));

    public static MarkStrengthJudge Default => s_default.Value;

    private static readonly string[] s_common =
    [
        "pro", "plus", "max", "mini", "ultra", "super", "smart", "happy", "one", "two", "three", "four", "five", "ten", "best",
        "top", "classic", "original", "premium", "prime", "elite", "fast", "easy", "new", "big", "little", "small", "large",
        "good", "great", "first", "free", "true", "real", "fresh", "pure", "basic", "simple", "perfect", "deluxe", "luxury",
        "maxi", "midi", "micro", "nano", "mega", "giga", "black", "white", "red", "blue", "green", "pink", "grey", "gray", "yellow", "brown", "purple", "orange", "gold", "golden",
        "silver", "multicolor", "colour", "color", "men", "women", "kids", "baby", "the", "and", "for", "with", "my", "you",
        "all", "go", "cool", "hot", "soft", "light", "dark", "slim", "long", "short", "plain", "solid", "printed", "design",
    ];

    private static readonly string[] s_everyday =
    [
        "star", "king", "queen", "royal", "magic", "power", "life", "love", "world", "home", "city", "sport", "active", "fit",
        "sun", "moon", "sky", "air", "fire", "water", "earth", "tree", "leaf", "rose", "lily", "tiger", "lion", "eagle", "wolf",
        "fox", "bear", "auto", "summer", "winter", "spring", "autumn", "smiley", "apple", "cherry", "berry", "honey", "sweet", "wild", "bright", "shadow", "dream", "angel", "spirit",
    ];

    private readonly FrozenSet<string> _common = s_common.Select(w => GoodsWords.Stem(w)).ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> _vocabulary;
    private readonly GoodsClassifier _classifier;

    public MarkStrengthJudge(NiceCatalogue catalogue, GoodsClassifier classifier)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in catalogue.Terms)
            foreach (var w in GoodsWords.Split(term.Text))
                if (w.Stem.Length >= 2 && w.Stem.All(char.IsLetter)) words.Add(w.Stem);
        foreach (var c in catalogue.Classes)
            foreach (var w in GoodsWords.Split(c.Note + " " + c.Heading))
                if (w.Stem.Length >= 2 && w.Stem.All(char.IsLetter)) words.Add(w.Stem);
        foreach (var m in s_everyday.Concat(s_common)) words.Add(GoodsWords.Stem(m));
        foreach (var word in Text.EnglishWords.All) words.Add(GoodsWords.Stem(word));
        _descriptors = Lines("title-descriptors.txt").Select(l => GoodsWords.Stem(l)).ToFrozenSet(StringComparer.Ordinal);
        _vocabulary = words.ToFrozenSet(StringComparer.Ordinal);
        _classifier = classifier;
    }

    private readonly FrozenSet<string> _descriptors;

    public int VocabularySize => _vocabulary.Count;

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = typeof(MarkStrengthJudge).Assembly.GetManifestResourceStream("MarkScreen.Judging." + resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length >= 2 && line[0] != '#') yield return line;
    }

    public bool IsEverydayWord(string word) => _vocabulary.Contains(GoodsWords.Stem(word.ToLowerInvariant()));

    private readonly BoundedCache<(string, int?), (MarkStrength, string)> _judged = new(200_000);

    /// <summary>The strength of <paramref name="markText"/> for goods in <paramref name="listingClass"/> (if known), and why.
    /// Remembered (up to a bound): the same marks come up in listing after listing.</summary>
    public (MarkStrength Strength, string Why) Judge(string markText, int? listingClass)
    {
        return _judged.GetOrAdd((markText, listingClass), key => JudgeNew(key.Item1, key.Item2));
    }

    private (MarkStrength Strength, string Why) JudgeNew(string markText, int? listingClass)
    {
        var words = GoodsWords.Split(markText);
        if (words.Count == 0) return (MarkStrength.Coined, "no words");
        var phrase = string.Join(' ', words.Select(w => w.Stem));
        if (listingClass is { } cls && words.Count <= 2 && _classifier.ClassShare(phrase, cls) >= 0.3)
            return (MarkStrength.GenericForGoods, $"'{markText}' is what goods of class {cls} are called");
        if (words.All(w => _common.Contains(w.Stem) || w.Stem.All(char.IsDigit)) || (words.Count == 1 && words[0].Stem.Length <= 2))
            return (MarkStrength.Common, $"'{markText}' is a word every title uses (colour, size, number or praise) or one or two letters");
        if (words.All(w => _common.Contains(w.Stem) || _descriptors.Contains(w.Stem) || w.Stem.All(char.IsDigit)))
            return (MarkStrength.Common, $"'{markText}' is a word sellers use to describe goods (common in real listing titles of many brands)");
        var parts = new List<string>();
        foreach (var w in words)
        {
            if (w.Stem.Any(char.IsDigit) && w.Stem.All(char.IsLetterOrDigit) && w.Stem.Length <= 4) { parts.Add(w.Stem); continue; }
            if (_vocabulary.Contains(w.Stem)) { parts.Add(w.Stem); continue; }
            if (Split(w.Stem) is { } split) { parts.Add(split); continue; }
            return JudgeFolded(markText);
        }
        return (MarkStrength.Everyday, $"'{markText}' reads as everyday words ({string.Join(", ", parts)})");
    }

    /// <summary>
    /// A mark whose own words are not everyday ones may still be an everyday word as the matcher reads it, with its
    /// diacritics, case and inner punctuation folded away: "S-Mart" is found as "smart" and "Reál" as "real", so every
    /// smart watch and "so real" doll would otherwise cite an invented word. Judged as that one word; else coined.
    /// </summary>
    private (MarkStrength Strength, string Why) JudgeFolded(string markText)
    {
        var fold = Text.MatchText.FoldKey(markText);
        var folded = GoodsWords.Stem(fold);
        if (folded.Length >= 3 && folded.All(char.IsLetter))
        {
            if (_common.Contains(folded) || _descriptors.Contains(folded))
                return (MarkStrength.Common, $"'{markText}' reads as '{folded}', a word every title uses or sellers use to describe goods");
            // The dictionary holds base forms: "Unleashed" is "unleash" inflected.
            var split = Split(folded);
            if (_vocabulary.Contains(folded) || Text.EnglishWords.Contains(fold) || split is not null)
                return (MarkStrength.Everyday, $"'{markText}' reads as everyday words ({split ?? folded}) once its accents and punctuation are set aside");
        }
        return (MarkStrength.Coined, $"'{markText}' is not an everyday word");
    }

    /// <summary>Whether every word of <paramref name="text"/> is an everyday word, a compound of two, or a number.</summary>
    public bool IsEverydayText(string text)
    {
        var words = GoodsWords.Split(text);
        return words.Count > 0 && words.All(IsEveryday);
    }

    /// <summary>An everyday word, a compound of two, or a number.</summary>
    private bool IsEveryday(GoodsWords.Word w) =>
        w.Stem.All(char.IsDigit) || _vocabulary.Contains(w.Stem) || _common.Contains(w.Stem) || Split(w.Stem) is not null;

    /// <summary>
    /// Whether a word of a title is an everyday word (<see cref="IsEverydayText"/>) or derived from one by a common
    /// English suffix. Asked of the word a mark is glued into, not of marks: "Immersive" is "immerse" + ive, so the brand
    /// IMMER inside it is chance; but ENERGIZER, AVENGERS and FISHER-PRICE are brands however they were coined (judged so,
    /// 2,046 findings of them at 300k marks fell below medium as everyday words).
    /// </summary>
    public bool IsEverydayOrDerivedWord(string word)
    {
        var words = GoodsWords.Split(word);
        return words.Count > 0 && (words.All(IsEveryday) || (words.Count == 1 && IsDerived(words[0].Stem)));
    }

    /// <summary>A word derived from one of the vocabulary by a common English suffix: the dictionary holds base forms.</summary>
    private bool IsDerived(string stem)
    {
        if (stem.Length < 6) return false;
        foreach (var suffix in s_derivations)
        {
            if (!stem.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var bare = stem[..^suffix.Length];
            if (bare.Length < 3) continue;
            // The base as it stands (connect-ion), with its silent e (smuggl-er, immers-ive, adjust-able takes none),
            // its y (happi-ness), or its final consonant undoubled (runn-er).
            if (_vocabulary.Contains(bare) || _vocabulary.Contains(bare + "e")
                || (bare[^1] == 'i' && _vocabulary.Contains(string.Concat(bare.AsSpan(0, bare.Length - 1), "y")))
                || (Text.EnglishWords.IsDoubledFinal(bare) && _vocabulary.Contains(bare[..^1])))
                return true;
        }
        return false;
    }

    private static readonly string[] s_derivations = ["er", "ive", "ion", "ly", "ness", "ment", "able", "ible", "ful", "less"];

    /// <summary>"airbag" → "air + bag" when both halves are everyday words of three letters or more.</summary>
    private string? Split(string word)
    {
        for (var i = 3; i <= word.Length - 3; i++)
        {
            var left = word[..i];
            var right = GoodsWords.Stem(word.AsSpan(i));
            if (_vocabulary.Contains(left) && _vocabulary.Contains(right)) return left + " + " + right;
        }
        return null;
    }
}
