using MarkScreen.Matching;

namespace MarkScreen.Judging;

/// <summary>Where in a listing field a mark was found, and how.</summary>
public sealed record FoundSpan(string MatchedText, int Start, int Length, MatchKind Kind, bool InsideWord, int EditDistance);

/// <summary>
/// One mark in one listing, judged: the record it cites (numbers, owner, classes, status, dates, the goods text of the
/// class that overlaps), what matched and how, how the listing uses it, and the risk with every reason behind it.
/// A listing reports each mark once, with all its spans; when several registrations share the spelling the one that
/// weighs most is cited and the others are counted.
/// </summary>
public sealed record Finding
{
    public required string ListingId { get; init; }
    public required ListingField Field { get; init; }
    public required string Mark { get; init; }
    public required string Office { get; init; }
    public required string SerialNumber { get; init; }
    public string? RegistrationNumber { get; init; }
    public string? Owner { get; init; }
    public string? OwnerCountry { get; init; }
    public required IReadOnlyList<int> MarkClasses { get; init; }
    public required IReadOnlyList<int> ListingClasses { get; init; }
    public string? Status { get; init; }
    public DateOnly? FilingDate { get; init; }
    public DateOnly? RegistrationDate { get; init; }
    public DateOnly? ExpiryDate { get; init; }

    /// <summary>The mark's goods text in the class that overlaps the listing's goods (or its first class).</summary>
    public int? GoodsClass { get; init; }
    public string? Goods { get; init; }

    public required MatchKind MatchKind { get; init; }
    public required string MatchedText { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required IReadOnlyList<FoundSpan> Spans { get; init; }
    public int EditDistance { get; init; }
    public bool InsideWord { get; init; }
    public int MarkWords { get; init; }

    public required MarkUse Use { get; init; }
    public required MarkStrength MarkStrength { get; init; }
    public required GoodsRelation GoodsRelation { get; init; }
    public bool Famous { get; init; }
    public int OtherRegistrations { get; init; }

    public required RiskLevel Risk { get; init; }
    public required double Score { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
}
