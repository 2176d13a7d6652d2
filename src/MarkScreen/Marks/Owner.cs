namespace MarkScreen.Marks;

/// <summary>One party named on a record: the applicant, a later owner, a registrant.</summary>
public sealed record Owner
{
    public required string Name { get; init; }

    /// <summary>USPTO party-type code (10 original applicant, 20 owner at publication, 30 original registrant, 31+ later owners).</summary>
    public string? PartyTypeCode { get; init; }

    /// <summary>The party's role in words, from the code table or the office's own text.</summary>
    public string? PartyType { get; init; }

    /// <summary>True for the party that holds the mark now (the latest owner entry).</summary>
    public bool IsCurrentOwner { get; init; }

    public string? EntityTypeCode { get; init; }
    public string? EntityType { get; init; }
    public string? Country { get; init; }
    public string? State { get; init; }
    public string? City { get; init; }
    public string? Address { get; init; }
    public string? DoingBusinessAs { get; init; }
}
