namespace MarkScreen.Marks;

/// <summary>
/// One class of goods or services a mark covers: the Nice class (null for US-only classes such as
/// certification marks' A/B/200), the old US classes, the goods text and whether the class is still active.
/// </summary>
public sealed record GoodsClass
{
    /// <summary>International (Nice) class 1..45, or null when the record names none.</summary>
    public int? NiceClass { get; init; }

    /// <summary>The office's own class code as written (e.g. "009", "A", "200").</summary>
    public string? ClassCode { get; init; }

    /// <summary>US classes, as written, joined with ';'.</summary>
    public string? UsClasses { get; init; }

    public string? StatusCode { get; init; }
    public string? Status { get; init; }
    public DateOnly? StatusDate { get; init; }

    /// <summary>First-use dates are often partial ("1996-01", "1996"); kept as ISO text of the precision given.</summary>
    public string? FirstUseAnywhere { get; init; }
    public string? FirstUseInCommerce { get; init; }

    public string? Goods { get; init; }
}
