using MarkScreen.Marks;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Registers.Wipo;

/// <summary>
/// Status of a WIPO-format record. USPTO TSDR writes its own numeric status codes, which the USPTO table resolves
/// (an unknown code rejects the record, as in the bulk XML). Other offices write ST.66/ST.96 status words
/// ("Registered", "Application filed", "Expired" ...), classified here by their meaning.
/// </summary>
internal static class WipoStatus
{
    private static readonly string[] s_dead =
        ["expired", "cancel", "withdrawn", "refused", "rejected", "surrender", "abandon", "lapsed", "invalid", "revoked", "ceased", "dead", "removed"];

    private static readonly string[] s_live =
        ["registered", "filed", "published", "opposition", "pending", "examined", "accepted", "renewed", "appeal", "live", "application"];

    public static (string? Description, Liveness Liveness) Resolve(string office, string? code, string? description, UsptoCodeTables codes)
    {
        if (code is null) return (description, FromWords(description));
        if (code.All(char.IsAsciiDigit) && string.Equals(office, "US", StringComparison.OrdinalIgnoreCase))
        {
            if (!codes.TryGetStatus(code, out var d, out var l))
                throw new RecordFormatException("MarkCurrentStatusCode", $"unknown status code '{RecordContext.Clip(code)}'");
            return (d, l);
        }
        return (description ?? code, FromWords(code) is var byCode && byCode != Liveness.Unknown ? byCode : FromWords(description));
    }

    private static Liveness FromWords(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Liveness.Unknown;
        if (s_dead.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))) return Liveness.Dead;
        if (s_live.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))) return Liveness.Live;
        return Liveness.Unknown;
    }
}
