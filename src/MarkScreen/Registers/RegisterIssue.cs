namespace MarkScreen.Registers;

/// <summary>
/// Something wrong with the input, located precisely enough for a person to open the file and fix it.
/// A <see cref="IssueSeverity.Error"/> means the record was rejected; a warning means one field was dropped
/// and the rest of the record kept.
/// </summary>
public sealed record RegisterIssue(
    IssueSeverity Severity,
    string File,
    long Line,
    string? Field,
    string Reason,
    string? SerialNumber = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var field = Field is null ? "" : $" [{Field}]";
        var serial = SerialNumber is null ? "" : $" (serial {SerialNumber})";
        var level = Severity == IssueSeverity.Error ? "rejected" : "warning";
        return $"{where}: {level}{field}{serial}: {Reason}";
    }
}

public enum IssueSeverity
{
    Warning,
    Error,
}

/// <summary>Thrown inside a reader for one record; the reader turns it into a rejection and moves on.</summary>
public sealed class RecordFormatException(string? field, string reason, long line = 0) : Exception(reason)
{
    public string? Field { get; } = field;
    public long Line { get; } = line;
}
