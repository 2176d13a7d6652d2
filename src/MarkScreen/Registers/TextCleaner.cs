using System.Text;

namespace MarkScreen.Registers;

/// <summary>
/// Register text arrives with stray control characters, odd whitespace and, in CSV exports, huge cells.
/// Stored text keeps every printable character (NBSP and non-Latin scripts included) but no C0/C1 controls,
/// lone surrogates or runs of whitespace, and is capped so one runaway field cannot bloat the store.
/// </summary>
public static class TextCleaner
{
    public const int MaxFieldLength = 64 * 1024;

    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty) return null;
        if (!NeedsWork(span) && span.Length <= MaxFieldLength) return span.Length == text.Length ? text : span.ToString();

        var sb = new StringBuilder(Math.Min(span.Length, MaxFieldLength));
        var lastWasSpace = false;
        for (var i = 0; i < span.Length && sb.Length < MaxFieldLength; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                sb.Append(c).Append(span[++i]);
                lastWasSpace = false;
                continue;
            }
            if (char.IsSurrogate(c)) continue;
            if (c is '\t' or '\r' or '\n' || (c == ' '))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            if (char.IsControl(c)) continue;
            sb.Append(c);
            lastWasSpace = false;
        }
        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>The non-blank parts joined (an address from its lines), or null when all are blank.</summary>
    public static string? JoinNonEmpty(string separator, params string?[] parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return kept.Length == 0 ? null : string.Join(separator, kept);
    }

    private static bool NeedsWork(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || char.IsSurrogate(c)) return true;
            if (c == ' ' && i + 1 < span.Length && span[i + 1] == ' ') return true;
        }
        return false;
    }
}
