using MarkScreen.Marks;

namespace MarkScreen.Index;

/// <summary>
/// What the index keeps of a mark to report a hit: enough to cite it and to judge it (classes, liveness); the full
/// record is one look-up away in the store by <see cref="StoreId"/>.
/// </summary>
public sealed record IndexedMark(long StoreId, string Office, string SerialNumber, string? RegistrationNumber, string Text, IReadOnlyList<int> NiceClasses, Liveness Liveness)
{
    /// <summary>Number of words in the mark as registered ("SAMSUNG GALAXY" = 2).</summary>
    public int WordCount => CountWords(Text);

    /// <summary>
    /// Words of <paramref name="text"/> between white space, as string.Split(null) splits ("TP-LINK" is one); counted in
    /// place: the index asks it of every mark, and the matcher of a listing's span to compare with a mark's.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    public static IndexedMark From(long storeId, TrademarkRecord r) =>
        new(storeId, r.Office, r.SerialNumber, r.RegistrationNumber, r.MarkText ?? "", r.NiceClasses, r.Liveness);
}
