using System.Text.RegularExpressions;

namespace MarkScreen.Screening;

/// <summary>Tidies a title after words were cut out of it: no doubled spaces or commas, no empty brackets, no dangling "with".</summary>
public static partial class TitleCleaner
{
    public static string Tidy(string title)
    {
        var t = title;
        for (var i = 0; i < 3; i++)
        {
            t = EmptyBrackets().Replace(t, " ");
            t = SpaceBeforePunctuation().Replace(t, "$1");
            t = RepeatedPunctuation().Replace(t, "$1");
            t = Spaces().Replace(t, " ");
            t = DanglingWord().Replace(t, "$1");
            t = OrphanHyphen().Replace(t, " ");
        }
        return t.Trim().Trim(',', ';', '-', '|', '/', ':').Trim();
    }

    [GeneratedRegex(@"\(\s*\)|\[\s*\]|\{\s*\}")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+([,;:])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([,;|/])(?:\s*[,;|/])+")]
    private static partial Regex RepeatedPunctuation();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:with|by|from|and|for)\s*([,;|]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();

    [GeneratedRegex(@"(?<=\s)[-–—](?=\s)|(?<=^|\s)-(?=\s|$)")]
    private static partial Regex OrphanHyphen();
}
