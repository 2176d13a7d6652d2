namespace MarkScreen.Marks;

/// <summary>
/// How a user names a mark on the command line: a serial (application) number, "sn77478018" or plain
/// "77478018", or a registration number "rn2178784". Parsing is ordinal and tolerant of separators.
/// </summary>
public readonly record struct MarkId(MarkIdKind Kind, string Number)
{
    public static bool TryParse(string? text, out MarkId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var kind = MarkIdKind.Serial;
        if (t.StartsWith("rn", StringComparison.OrdinalIgnoreCase) || t.StartsWith("reg", StringComparison.OrdinalIgnoreCase))
        {
            kind = MarkIdKind.Registration;
            t = t[(t.StartsWith("reg", StringComparison.OrdinalIgnoreCase) ? 3 : 2)..];
        }
        else if (t.StartsWith("sn", StringComparison.OrdinalIgnoreCase))
        {
            t = t[2..];
        }
        var digits = new string([.. t.Where(c => c is not (',' or ' ' or '-' or '/' or '.' or ':'))]);
        if (digits.Length == 0 || digits.Length > 20 || !digits.All(char.IsAsciiLetterOrDigit)) return false;
        id = new MarkId(kind, digits);
        return true;
    }

    public override string ToString() => (Kind == MarkIdKind.Registration ? "rn" : "sn") + Number;
}

public enum MarkIdKind
{
    Serial,
    Registration,
}
