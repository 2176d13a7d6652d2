using MarkScreen.Marks;

namespace MarkScreen.Registers;

/// <summary>What a reader yields for each record it meets: the record, or the reason it was rejected, plus warnings.</summary>
public readonly record struct ReadItem(TrademarkRecord? Record, RegisterIssue? Rejection, IReadOnlyList<RegisterIssue> Warnings)
{
    public static ReadItem Ok(TrademarkRecord record, IReadOnlyList<RegisterIssue> warnings) => new(record, null, warnings);
    public static ReadItem Rejected(RegisterIssue issue) => new(null, issue, []);
}
