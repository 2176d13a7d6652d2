namespace MarkScreen.Marks;

/// <summary>
/// The legal grounds an application was filed on and stands on now (USPTO "filing basis" flags).
/// Stored as an integer bit set: the values are frozen.
/// </summary>
[Flags]
public enum FilingBasis
{
    None = 0,
    UseFiled = 1 << 0,
    UseCurrent = 1 << 1,
    IntentToUseFiled = 1 << 2,
    IntentToUseCurrent = 1 << 3,
    Section44dFiled = 1 << 4,
    Section44dCurrent = 1 << 5,
    Section44eFiled = 1 << 6,
    Section44eCurrent = 1 << 7,
    Section66aFiled = 1 << 8,
    Section66aCurrent = 1 << 9,
    NoBasisCurrent = 1 << 10,
}

public static class FilingBasisNames
{
    private static readonly (FilingBasis Flag, string Name)[] s_names =
    [
        (FilingBasis.UseFiled, "use (filed)"),
        (FilingBasis.UseCurrent, "use (current)"),
        (FilingBasis.IntentToUseFiled, "intent-to-use (filed)"),
        (FilingBasis.IntentToUseCurrent, "intent-to-use (current)"),
        (FilingBasis.Section44dFiled, "44(d) (filed)"),
        (FilingBasis.Section44dCurrent, "44(d) (current)"),
        (FilingBasis.Section44eFiled, "44(e) (filed)"),
        (FilingBasis.Section44eCurrent, "44(e) (current)"),
        (FilingBasis.Section66aFiled, "66(a) (filed)"),
        (FilingBasis.Section66aCurrent, "66(a) (current)"),
        (FilingBasis.NoBasisCurrent, "no basis (current)"),
    ];

    /// <summary>Human-readable names of the set flags, in a fixed order.</summary>
    public static IReadOnlyList<string> Describe(FilingBasis basis) =>
        [.. s_names.Where(n => (basis & n.Flag) != 0).Select(n => n.Name)];
}
