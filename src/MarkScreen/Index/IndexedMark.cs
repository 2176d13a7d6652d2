using MarkScreen.Marks;

namespace MarkScreen.Index;

/// <summary>
/// What the index keeps of a mark to report a hit: enough to cite it and to judge it (classes, liveness); the full
/// record is one look-up away in the store by <see cref="StoreId"/>.
/// </summary>
public sealed record IndexedMark(long StoreId, string Office, string SerialNumber, string? RegistrationNumber, string Text, IReadOnlyList<int> NiceClasses, Liveness Liveness)
{
    /// <summary>Number of words in the mark as registered ("SAMSUNG GALAXY" = 2).</summary>
    public int WordCount
    {
        get
        {
            // Counted in place (whitespace-separated runs, as string.Split(null) splits): the index asks for every mark.
            var words = 0;
            var inWord = false;
            foreach (var c in Text)
            {
                var space = char.IsWhiteSpace(c);
                if (!space && !inWord) words++;
                inWord = !space;
            }
            return words;
        }
    }

    public static IndexedMark From(long storeId, TrademarkRecord r) =>
        new(storeId, r.Office, r.SerialNumber, r.RegistrationNumber, r.MarkText ?? "", r.NiceClasses, r.Liveness);
}
