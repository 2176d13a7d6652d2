using System.Text.Json.Serialization;
using MarkScreen.Judging.Goods;
using MarkScreen.Text;

namespace MarkScreen.Judging;

/// <summary>What a listing does with a mark it contains.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MarkUse>))]
public enum MarkUse
{
    /// <summary>As the name of the product or its maker: "SHEIN summer dress", brand column SHEIN.</summary>
    Brand,

    /// <summary>To say what the product fits or is for: "case for Samsung Galaxy", "compatible with iPhone".</summary>
    Nominative,

    /// <summary>As an ordinary word describing the product: "built-in airbag protective case".</summary>
    Descriptive,
}

/// <summary>Which field of a listing a mark was found in.</summary>
public enum ListingField
{
    Title,
    Description,
    Seller,
}

/// <summary>
/// Tells brand use from nominative (compatibility) use and descriptive use. Nominative use names another's product to
/// say what one's own fits: a cue word ("for", "compatible with", "fits", "replacement for", "works with", "designed
/// for", "suitable for") stands at most three words before the mark, in the same clause; or the title opens with the
/// mark and a model and then names an accessory ("Samsung Flip 3 Case", "iPhone 13 charger"); or an accessory comes
/// right before the make it fits ("Car Mat Hyundai Eon"). One nominative mention
/// makes the listing's other mentions of that mark nominative too: "Samsung Flip 3 Case … for Samsung Galaxy Z Flip 3"
/// says the same thing twice. Brand use: the listing's brand column or the seller's name is the mark, or the title
/// opens with it. Otherwise a mark written as a plain English word is used descriptively, and anything else (a coined
/// word, a misspelling, a disguise) as a name.
/// </summary>
public static class UseDetector
{
    private static readonly HashSet<string> s_cues = new(StringComparer.Ordinal)
    {
        "for", "compatible", "compatibility", "fit", "fits", "replacement", "replace", "replaces", "work", "works", "designed", "suitable",
    };

    /// <summary>Goods sold to go with another maker's product.</summary>
    private static readonly HashSet<string> s_accessories = new(StringComparer.Ordinal)
    {
        "case", "cover", "charger", "cable", "strap", "band", "protector", "guard", "glass", "holder", "stand", "mount", "skin",
        "adapter", "adaptor", "refill", "filter", "cartridge", "pouch", "sleeve", "bumper", "dock", "battery", "replacement",
        "compatible", "accessory", "part", "spare", "tip", "lens", "bag", "keyboard", "stylus", "shell", "decal", "sticker",
        "mat", "seat", "shade", "horn", "mirror", "wiper", "tyre", "tire", "bulb", "light", "guard", "skin", "strap", "belt",
    };

    /// <summary>Whether the listing's brand column names the mark.</summary>
    public static bool IsDeclaredBrand(string? brandColumn, string markText) => !string.IsNullOrWhiteSpace(brandColumn) && Contains(brandColumn, markText);

    /// <summary>How <paramref name="text"/> uses the mark found at <paramref name="spanStarts"/> (every place it occurs), and why.
    /// <paramref name="plainWord"/>: the text there reads as everyday English (AIRBAG written "Airbag").</summary>
    public static (MarkUse Use, string Why) Detect(string text, IReadOnlyList<int> spanStarts, ListingField field, string markText, bool plainWord, string? brandColumn) =>
        Detect(text, GoodsWords.Split(text), spanStarts, field, markText, plainWord, brandColumn);

    /// <summary>As above, with the text's words already split.</summary>
    public static (MarkUse Use, string Why) Detect(string text, List<GoodsWords.Word> words, IReadOnlyList<int> spanStarts, ListingField field, string markText, bool plainWord, string? brandColumn)
    {
        if (field == ListingField.Seller) return (MarkUse.Brand, "the seller's name carries the mark");
        if (IsDeclaredBrand(brandColumn, markText))
            return (MarkUse.Brand, $"the listing's brand is '{brandColumn!.Trim()}' (fine for the owner and its authorised resellers)");
        foreach (var start in spanStarts)
            if (Nominative(text, words, start, markText) is { } why) return (MarkUse.Nominative, why);
        var first = WordAt(words, spanStarts[0]);
        if (field == ListingField.Title && first == 0 && !plainWord) return (MarkUse.Brand, "the title opens with the mark");
        return !plainWord
            ? (MarkUse.Brand, "an invented word used as the product's name")
            : (MarkUse.Descriptive, "used as an ordinary word describing the product");
    }

    private static string? Nominative(string text, List<GoodsWords.Word> words, int spanStart, string markText)
    {
        var at = WordAt(words, spanStart);
        for (var back = 1; back <= 4 && at - back >= 0; back++)
        {
            var cue = words[at - back];
            if (ClauseBreak(text, cue.Start + cue.Length, at < words.Count ? words[at].Start : text.Length)) break;
            if (s_cues.Contains(cue.Stem))
                return $"names what the product is for (\"{text[cue.Start..Math.Min(text.Length, spanStart + markText.Length)].Trim()}\")";
        }
        // "Car Mat Hyundai Eon", "Back Cover Samsung J7": an accessory, then the make (and model) it fits.
        for (var back = 1; back <= 2 && at - back >= 0; back++)
        {
            var previous = words[at - back];
            if (ClauseBreak(text, previous.Start + previous.Length, words[at].Start)) break;
            if (s_accessories.Contains(previous.Stem) && at + 1 < words.Count)
                return $"names the make an accessory fits (\"{text[previous.Start..Math.Min(text.Length, words[Math.Min(words.Count - 1, at + 1)].Start + words[Math.Min(words.Count - 1, at + 1)].Length)]}\")";
        }
        // "Samsung Flip 3 Case": the mark, a model (a word with a digit, or up to three words), then an accessory.
        var markWords = Math.Max(1, markText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var sawModel = false;
        for (var i = at + markWords; i < words.Count && i <= at + markWords + 4; i++)
        {
            if (ClauseBreak(text, words[i - 1].Start + words[i - 1].Length, words[i].Start)) break;
            if (words[i].Stem.Any(char.IsDigit)) sawModel = true;
            if (sawModel && s_accessories.Contains(words[i].Stem))
                return $"names the model an accessory fits (\"{text[spanStart..(words[i].Start + words[i].Length)]}\")";
        }
        return null;
    }

    private static int WordAt(List<GoodsWords.Word> words, int spanStart)
    {
        var at = words.FindIndex(w => w.Start + w.Length > spanStart);
        return at < 0 ? words.Count : at;
    }
    private static bool ClauseBreak(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] is ',' or ';' or '|' or '(' or ')' or '.' or '\n' or '/') return true;
        return false;
    }

    private static bool Contains(string field, string mark)
    {
        var f = MatchText.FoldKey(field);
        var m = MatchText.FoldKey(mark);
        return m.Length > 0 && (f == m || (m.Length >= 4 && f.Contains(m, StringComparison.Ordinal)));
    }
}
