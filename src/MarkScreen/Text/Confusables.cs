using System.Globalization;

namespace MarkScreen.Text;

/// <summary>
/// Unicode's UTS #39 confusables table (confusables.txt v14.0.0, © Unicode, Inc., Unicode License; shipped inside
/// the assembly): for a look-alike character, the character sequence it imitates ("о" Cyrillic → "o").
/// </summary>
internal static class Confusables
{
    private static readonly Lazy<Dictionary<int, string>> s_map = new(Load);

    /// <summary>The prototype a code point is confusable with, or null when it has none.</summary>
    public static string? Prototype(int codePoint) => s_map.Value.TryGetValue(codePoint, out var p) ? p : null;

    private static Dictionary<int, string> Load()
    {
        var map = new Dictionary<int, string>();
        using var stream = typeof(Confusables).Assembly.GetManifestResourceStream("MarkScreen.Text.confusables.txt")
            ?? throw new InvalidOperationException("confusables.txt is missing from the assembly");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var data = (hash >= 0 ? line[..hash] : line).Trim().TrimStart('\uFEFF');
            if (data.Length == 0) continue;
            var fields = data.Split(';');
            if (fields.Length < 2) continue;
            var source = fields[0].Trim();
            if (source.Contains(' ', StringComparison.Ordinal)) continue; // only single code point sources
            var target = string.Concat(fields[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            map[int.Parse(source, NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = target;
        }
        return map;
    }
}
