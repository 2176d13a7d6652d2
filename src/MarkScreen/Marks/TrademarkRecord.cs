namespace MarkScreen.Marks;

/// <summary>
/// One register entry as MarkScreen keeps it, whichever office format it came from. The key is
/// (<see cref="Office"/>, <see cref="SerialNumber"/>); <see cref="VersionDate"/> decides which of two
/// copies of the same record is newer.
/// </summary>
public sealed record TrademarkRecord
{
    /// <summary>Office code: "US" for the USPTO, "EM" for the EUIPO, or a list name for CSV watchlists.</summary>
    public required string Office { get; init; }

    /// <summary>Application (serial) number as the office writes it, without separators.</summary>
    public required string SerialNumber { get; init; }

    public string? RegistrationNumber { get; init; }
    public string? InternationalRegistrationNumber { get; init; }

    /// <summary>The word element; null for a pure design mark.</summary>
    public string? MarkText { get; init; }

    public string? DrawingCode { get; init; }
    public string? DrawingType { get; init; }

    /// <summary>Trademark, service mark, collective, certification ...</summary>
    public string? MarkType { get; init; }

    public bool StandardCharacters { get; init; }
    public string? Register { get; init; }

    public string? StatusCode { get; init; }
    public string? Status { get; init; }
    public DateOnly? StatusDate { get; init; }
    public Liveness Liveness { get; init; }

    public DateOnly? FilingDate { get; init; }
    public DateOnly? RegistrationDate { get; init; }
    public DateOnly? PublicationDate { get; init; }
    public DateOnly? AbandonmentDate { get; init; }
    public DateOnly? CancellationDate { get; init; }
    public DateOnly? RenewalDate { get; init; }
    public DateOnly? ExpiryDate { get; init; }
    public DateOnly? TransactionDate { get; init; }

    public string? Attorney { get; init; }
    public FilingBasis FilingBasis { get; init; }

    public string? Disclaimer { get; init; }
    public string? PseudoMark { get; init; }
    public string? Description { get; init; }
    public string? Translation { get; init; }

    public IReadOnlyList<Owner> Owners { get; init; } = [];
    public IReadOnlyList<GoodsClass> Classes { get; init; } = [];

    /// <summary>Where the record was read from: the file name (no directory) and its format.</summary>
    public string? SourceFile { get; init; }
    public string? SourceFormat { get; init; }
    public string? Source { get; init; }

    /// <summary>The date that orders two copies of one record: the transaction date, else the status date.</summary>
    public DateOnly? VersionDate
    {
        get
        {
            if (TransactionDate is { } t && StatusDate is { } s) return t > s ? t : s;
            return TransactionDate ?? StatusDate;
        }
    }

    /// <summary>Nice classes covered, ascending, without duplicates. Empty means "applies to every class" for list records.</summary>
    public IReadOnlyList<int> NiceClasses =>
        [.. Classes.Where(c => c.NiceClass is not null).Select(c => c.NiceClass!.Value).Distinct().Order()];

    [System.Text.Json.Serialization.JsonIgnore]
    public Owner? CurrentOwner => Owners.FirstOrDefault(o => o.IsCurrentOwner) ?? (Owners.Count > 0 ? Owners[^1] : null);
}
