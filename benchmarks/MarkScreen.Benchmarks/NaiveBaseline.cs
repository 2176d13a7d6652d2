using MarkScreen.Matching.Evaluation;

namespace MarkScreen.Benchmarks;

/// <summary>
/// The approach of the open-source trademark checkers: lower-case the title, cut it into word n-grams, and compute the
/// Levenshtein distance of every n-gram to every mark (tolerance scaled to length as MarkScreen does). Quadratic in
/// marks times words; measured on a subset of marks and extrapolated.
/// </summary>
internal sealed class NaiveBaseline(IReadOnlyList<string> marks)
{
    private readonly (string Text, string Key, int Words)[] _marks =
        [.. marks.Select(m => (m, Normalize(m), m.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))];

    public IEnumerable<Found> Find(string title)
    {
        var words = Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<Found>();
        foreach (var (text, key, count) in _marks)
        {
            var allowed = key.Length < 5 ? 0 : key.Length <= 8 ? 1 : 2;
            for (var i = 0; i + count <= words.Length; i++)
            {
                var gram = string.Join(' ', words, i, count);
                if (Levenshtein(gram, key) <= allowed)
                {
                    found.Add(new Found(text, -1, 0, null));
                    break;
                }
            }
        }
        return found;
    }

    private static string Normalize(string s) =>
        new([.. s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
