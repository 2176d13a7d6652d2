using MarkScreen.Marks;

namespace MarkScreen.Registers.Uspto;

public sealed partial class UsptoXmlReader
{
    private TrademarkRecord BuildRecord(
        RecordContext ctx, string serial, string? registration, string? ir, DateOnly? transactionDate, Header h,
        List<(string Code, string Text)> statements, List<RawClassification> rawClasses, List<Owner> owners)
    {
        string? status = null;
        var liveness = Liveness.Unknown;
        if (h.StatusCode is { } code)
        {
            if (!_codes.TryGetStatus(code, out var description, out liveness))
                throw new RecordFormatException("status-code", $"unknown status code '{RecordContext.Clip(code)}'", h.StatusCodeLine);
            status = description;
        }
        else
        {
            ctx.Warn("status-code", "no status code; liveness unknown");
        }

        return new TrademarkRecord
        {
            Office = "US",
            SerialNumber = serial,
            RegistrationNumber = IsZero(registration) ? null : registration,
            InternationalRegistrationNumber = IsZero(ir) ? null : ir,
            MarkText = h.MarkText,
            DrawingCode = h.DrawingCode,
            DrawingType = _codes.DrawingType(h.DrawingCode, h.FilingDate),
            MarkType = h.MarkTypes.Count == 0 ? null : string.Join(", ", h.MarkTypes),
            StandardCharacters = h.StandardCharacters,
            Register = h.Supplemental ? "Supplemental" : "Principal",
            StatusCode = h.StatusCode,
            Status = status,
            StatusDate = h.StatusDate,
            Liveness = liveness,
            FilingDate = h.FilingDate,
            RegistrationDate = h.RegistrationDate,
            PublicationDate = h.PublicationDate,
            AbandonmentDate = h.AbandonmentDate,
            CancellationDate = h.CancellationDate,
            RenewalDate = h.RenewalDate,
            ExpiryDate = UsRegistrationTerm.Expiry(h.RegistrationDate, h.RenewalDate, liveness),
            TransactionDate = transactionDate,
            Attorney = h.Attorney,
            FilingBasis = h.Basis,
            Disclaimer = JoinStatements(statements, "D0", "D1", "DS"),
            PseudoMark = JoinStatements(statements, "PM"),
            Description = JoinStatements(statements, "DM"),
            Translation = JoinStatements(statements, "TR"),
            Owners = MarkCurrentOwners(owners),
            Classes = BuildClasses(statements, rawClasses),
            SourceFormat = "uspto-xml",
        };
    }

    private static bool IsZero(string? number) => string.IsNullOrEmpty(number) || !number.AsSpan().ContainsAnyExcept('0');

    private static string? JoinStatements(List<(string Code, string Text)> statements, params string[] prefixes)
    {
        var texts = statements.Where(s => prefixes.Any(p => s.Code.StartsWith(p, StringComparison.Ordinal))).Select(s => s.Text).ToList();
        return texts.Count == 0 ? null : string.Join(" ", texts);
    }

    /// <summary>
    /// Owner entries form a chain (10 applicant, 11-19 owners before publication, 20 at publication, 30 registrant,
    /// 31+ later owners; 70 is a legacy correspondent). The holder now is the entry with the highest code below 70;
    /// joint owners share it.
    /// </summary>
    private static List<Owner> MarkCurrentOwners(List<Owner> owners)
    {
        static int Rank(Owner o) => int.TryParse(o.PartyTypeCode, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < 70 ? n : -1;
        if (owners.Count == 0) return owners;
        var top = owners.Max(Rank);
        return [.. owners.Select(o => o with { IsCurrentOwner = top >= 0 ? Rank(o) == top : ReferenceEquals(o, owners[^1]) })];
    }

    /// <summary>
    /// Goods text lives in GSccc# statements keyed by the prime class ccc; classification elements carry the
    /// international codes. A GS key matches a classification by international code, else by its primary code
    /// (old records key goods by US class). Goods with no classification still become a class entry.
    /// </summary>
    private static List<GoodsClass> BuildClasses(List<(string Code, string Text)> statements, List<RawClassification> rawClasses)
    {
        var goods = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, text) in statements)
        {
            if (!code.StartsWith("GS", StringComparison.Ordinal) || code.Length < 5) continue;
            var key = code[2..5];
            goods[key] = goods.TryGetValue(key, out var prior) ? prior + "; " + text : text;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<GoodsClass>();
        foreach (var raw in rawClasses)
        {
            var codes = raw.International.Count > 0 ? raw.International : raw.Primary is { } p ? [p] : [];
            foreach (var code in codes.Distinct(StringComparer.Ordinal))
            {
                string? text = null;
                if (goods.TryGetValue(code, out var g)) { text = g; used.Add(code); }
                else if (raw.Primary is { } primary && goods.TryGetValue(primary, out var gp)) { text = gp; used.Add(primary); }
                result.Add(new GoodsClass
                {
                    NiceClass = NiceClassNumber(code),
                    ClassCode = code,
                    UsClasses = raw.Us.Count == 0 ? null : string.Join(";", raw.Us),
                    StatusCode = raw.StatusCode,
                    Status = ClassStatus(raw.StatusCode),
                    StatusDate = raw.StatusDate,
                    FirstUseAnywhere = raw.FirstUse,
                    FirstUseInCommerce = raw.FirstUseInCommerce,
                    Goods = text,
                });
            }
        }
        foreach (var (code, text) in goods)
        {
            if (used.Contains(code)) continue;
            result.Add(new GoodsClass { NiceClass = NiceClassNumber(code), ClassCode = code, Goods = text });
        }
        return result;
    }

    /// <summary>"009" → 9; US-only codes ("A", "B", "200") and anything outside 1..45 → null.</summary>
    internal static int? NiceClassNumber(string? code)
    {
        if (code is null || code.Length == 0 || code.Length > 3 || !code.All(char.IsAsciiDigit)) return null;
        var n = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 1 and <= 45 ? n : null;
    }

    /// <summary>
    /// Class status codes, as listed in the USPTO's "Trademark Applications" XML documentation v2.3 (classifications
    /// section). Letters A-E are the partial (per-class) forms of 1-5.
    /// </summary>
    private static string? ClassStatus(string? code) => code switch
    {
        null => null,
        "1" => "Sec. 7(e) - entire registration",
        "A" => "Sec. 7(e) - class(es) in a multiple class registration",
        "2" => "Sec. 8 - entire registration",
        "B" => "Sec. 8 - class(es) in a multiple class registration",
        "3" => "Sec. 18 - entire registration",
        "C" => "Sec. 18 - class(es) in a multiple class registration",
        "4" => "Sec. 24 - entire registration",
        "D" => "Sec. 24 - class(es) in a multiple class registration",
        "5" => "Sec. 37 - entire registration",
        "E" => "Sec. 37 - class(es) in a multiple class registration",
        "6" => "Active",
        "7" => "Inactive - insufficient fee received",
        "8" => "Abandoned",
        "9" => "Expired",
        "F" => "Section 71 - cancelled entire registration",
        "G" => "Section 71 - cancelled classes in a multiple class registration",
        "H" => "Section 70 - cancelled",
        "K" => "Section 16B - cancelled",
        "J" => "Section 16A - cancelled",
        "P" => "Partially paid",
        "W" => "Fee waived",
        "X" => "Terminated",
        _ => null,
    };
}
