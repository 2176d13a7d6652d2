using System.Xml;
using MarkScreen.Marks;
using static MarkScreen.Registers.XmlRecordReading;

namespace MarkScreen.Registers.Uspto;

public sealed partial class UsptoXmlReader
{
    /// <summary>The &lt;case-file-header&gt; fields MarkScreen keeps.</summary>
    private sealed class Header
    {
        public DateOnly? FilingDate, RegistrationDate, StatusDate, PublicationDate, AbandonmentDate, CancellationDate, RenewalDate;
        public long StatusCodeLine;
        public string? StatusCode, MarkText, DrawingCode, Attorney, CancellationCode;
        public FilingBasis Basis;
        public bool StandardCharacters, Supplemental;
        public readonly List<string> MarkTypes = [];
    }

    private static readonly Dictionary<string, FilingBasis> s_basisFlags = new(StringComparer.Ordinal)
    {
        ["filed-as-use-application-in"] = FilingBasis.UseFiled,
        ["use-application-currently-in"] = FilingBasis.UseCurrent,
        ["intent-to-use-in"] = FilingBasis.IntentToUseFiled,
        ["intent-to-use-current-in"] = FilingBasis.IntentToUseCurrent,
        ["filing-basis-filed-as-44d-in"] = FilingBasis.Section44dFiled,
        ["filing-basis-current-44d-in"] = FilingBasis.Section44dCurrent,
        ["filing-basis-filed-as-44e-in"] = FilingBasis.Section44eFiled,
        ["filing-basis-current-44e-in"] = FilingBasis.Section44eCurrent,
        ["filing-basis-filed-as-66a-in"] = FilingBasis.Section66aFiled,
        ["filing-basis-current-66a-in"] = FilingBasis.Section66aCurrent,
        ["without-basis-currently-in"] = FilingBasis.NoBasisCurrent,
    };

    private static readonly Dictionary<string, string> s_markTypeFlags = new(StringComparer.Ordinal)
    {
        ["trademark-in"] = "Trademark",
        ["service-mark-in"] = "Service mark",
        ["collective-trademark-in"] = "Collective trademark",
        ["collective-service-mark-in"] = "Collective service mark",
        ["collective-membership-mark-in"] = "Collective membership mark",
        ["certification-mark-in"] = "Certification mark",
    };

    private static void ReadHeader(XmlReader r, RecordContext ctx, Header h) => ForEachChild(r, c =>
    {
        var name = c.LocalName;
        switch (name)
        {
            case "filing-date": h.FilingDate = ctx.RequiredDate(name, Value(c)); return true;
            case "registration-date": h.RegistrationDate = ctx.RequiredDate(name, Value(c)); return true;
            case "status-code": h.StatusCodeLine = ctx.Here; h.StatusCode = Value(c); return true;
            case "status-date": h.StatusDate = ctx.RequiredDate(name, Value(c)); return true;
            case "mark-identification": h.MarkText = Value(c); return true;
            case "mark-drawing-code": h.DrawingCode = Value(c); return true;
            case "published-for-opposition-date": h.PublicationDate = ctx.OptionalDate(name, Value(c)); return true;
            case "abandonment-date": h.AbandonmentDate = ctx.OptionalDate(name, Value(c)); return true;
            case "cancellation-code": h.CancellationCode = Value(c); return true;
            case "cancellation-date": h.CancellationDate = ctx.OptionalDate(name, Value(c)); return true;
            case "renewal-date": h.RenewalDate = ctx.OptionalDate(name, Value(c)); return true;
            case "attorney-name": h.Attorney = Value(c); return true;
            case "standard-characters-claimed-in": h.StandardCharacters = Flag(c); return true;
            case "supplemental-register-in": h.Supplemental = Flag(c); return true;
        }
        if (s_basisFlags.TryGetValue(name, out var basis))
        {
            if (Flag(c)) h.Basis |= basis;
            return true;
        }
        if (s_markTypeFlags.TryGetValue(name, out var type))
        {
            if (Flag(c)) h.MarkTypes.Add(type);
            return true;
        }
        return false;
    });
}
