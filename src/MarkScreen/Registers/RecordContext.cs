using MarkScreen.Marks;

namespace MarkScreen.Registers;

/// <summary>
/// Per-record state shared by the readers: where the record starts, its serial once known, and the warnings
/// raised while reading it. Required fields that are broken throw <see cref="RecordFormatException"/>;
/// optional ones become null with a warning, so one odd field never costs a whole record.
/// </summary>
internal sealed class RecordContext(string file, long line)
{
    public string File { get; } = file;
    public long Line { get; set; } = line;
    public string? Serial { get; set; }

    /// <summary>Where the reader is now, for issues inside a record (XML readers know the current line).</summary>
    public Func<long>? LineProvider { get; set; }

    public long Here => LineProvider?.Invoke() ?? Line;
    public List<RegisterIssue> Warnings { get; } = [];

#pragma warning disable CA1822 // instance method on purpose: the context is the one place a record's field errors go
    public DateOnly? RequiredDate(string field, string? text, long line = 0)
    {
        if (RegisterDates.TryParse(text, out var date)) return date;
        throw new RecordFormatException(field, $"bad date '{Clip(text)}'", line > 0 ? line : Here);
    }
#pragma warning restore CA1822

    public DateOnly? OptionalDate(string field, string? text, long line = 0)
    {
        if (RegisterDates.TryParse(text, out var date)) return date;
        Warn(field, $"bad date '{Clip(text)}' ignored", line);
        return null;
    }

    public string? PartialDate(string field, string? text)
    {
        if (RegisterDates.TryParsePartial(text, out var iso)) return iso;
        Warn(field, $"bad date '{Clip(text)}' ignored");
        return null;
    }

    public void Warn(string field, string reason, long line = 0) =>
        Warnings.Add(new RegisterIssue(IssueSeverity.Warning, File, line > 0 ? line : Here, field, reason, Serial));

    public ReadItem Reject(string? field, string reason, long line = 0) =>
        ReadItem.Rejected(new RegisterIssue(IssueSeverity.Error, File, line > 0 ? line : Line, field, reason, Serial));

    public ReadItem Ok(TrademarkRecord record) => ReadItem.Ok(record, Warnings.Count == 0 ? [] : [.. Warnings]);

    internal static string Clip(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
