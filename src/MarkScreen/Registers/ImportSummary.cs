namespace MarkScreen.Registers;

/// <summary>What importing one input file did. <see cref="Read"/> counts every record met, rejected ones included.</summary>
public sealed record ImportSummary
{
    public required string File { get; init; }
    public string? Format { get; set; }
    public long Bytes { get; set; }
    public int Read { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Stale { get; set; }
    public int Rejected { get; set; }
    public int Warnings { get; set; }
    public bool Committed { get; set; }

    /// <summary>Set when the whole file could not be read (not a register file, unreadable zip, I/O error).</summary>
    public string? FileError { get; set; }

    public List<RegisterIssue> Issues { get; } = [];

    public int Usable => Read - Rejected;

    public bool ChangedNothing => Inserted == 0 && Updated == 0;
}
