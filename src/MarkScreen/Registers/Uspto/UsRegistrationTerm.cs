using MarkScreen.Marks;

namespace MarkScreen.Registers.Uspto;

/// <summary>
/// A US registration runs ten years from registration and each renewal runs ten more (15 U.S.C. §1058/§1059).
/// The expiry is what a takedown notice cites as the end of the validity period.
/// </summary>
public static class UsRegistrationTerm
{
    public static DateOnly? Expiry(DateOnly? registered, DateOnly? renewed, Liveness liveness)
    {
        if (registered is null || liveness == Liveness.Dead) return null;
        var from = renewed is { } r && r > registered ? r : registered.Value;
        // Renewal dates in the register are the date the renewal took effect, i.e. the start of the next term.
        return from.AddYears(10);
    }
}
