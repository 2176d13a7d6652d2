namespace MarkScreen.Registers;

/// <summary>
/// Date fields as the offices write them: USPTO bulk XML "YYYYMMDD" (zeros for "none"), ST.66/ST.96
/// "YYYY-MM-DD" with an optional zone ("1995-02-07-05:00"), CSV either. First-use dates may be partial.
/// </summary>
public static class RegisterDates
{
    /// <summary>Parses a full date; empty or all-zero text is "no date". Returns false for anything else that is not a real date.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly? date)
    {
        date = null;
        text = text.Trim();
        if (text.IsEmpty || IsAllZeros(text)) return true;
        if (text.Length == 8 && AllDigits(text))
            return TryMake(Num(text[..4]), Num(text.Slice(4, 2)), Num(text.Slice(6, 2)), out date);
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-' && AllDigits(text[..4]) && AllDigits(text.Slice(5, 2)) && AllDigits(text.Slice(8, 2)))
        {
            var rest = text[10..];
            // A zone suffix ("-05:00", "Z", "T00:00:00") is allowed; the calendar date is what the office meant.
            if (!rest.IsEmpty && rest[0] is not ('-' or '+' or 'Z' or 'T' or ' ')) return false;
            return TryMake(Num(text[..4]), Num(text.Slice(5, 2)), Num(text.Slice(8, 2)), out date);
        }
        return false;
    }

    /// <summary>
    /// First-use dates are often known only to the month or year ("19960100", "19960000"):
    /// returns "1996-01-15", "1996-01" or "1996", or false when the text is not a date at all.
    /// </summary>
    public static bool TryParsePartial(ReadOnlySpan<char> text, out string? iso)
    {
        iso = null;
        text = text.Trim();
        if (text.IsEmpty || IsAllZeros(text)) return true;
        if (text.Length == 8 && AllDigits(text))
        {
            int y = Num(text[..4]), m = Num(text.Slice(4, 2)), d = Num(text.Slice(6, 2));
            if (y < 1600 || y > 2200 || m > 12) return false;
            if (m == 0) { iso = $"{y:D4}"; return d == 0; }
            if (d == 0) { iso = $"{y:D4}-{m:D2}"; return true; }
            if (!TryMake(y, m, d, out var full)) return false;
            iso = full!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (TryParse(text, out var date) && date is not null)
        {
            iso = date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        return false;
    }

    private static bool TryMake(int y, int m, int d, out DateOnly? date)
    {
        date = null;
        if (y < 1600 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private static bool IsAllZeros(ReadOnlySpan<char> text) => !text.ContainsAnyExcept('0', '-');

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int Num(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits) n = (n * 10) + (c - '0');
        return n;
    }
}
