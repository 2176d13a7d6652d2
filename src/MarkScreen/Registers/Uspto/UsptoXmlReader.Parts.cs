using System.Xml;
using MarkScreen.Marks;
using static MarkScreen.Registers.XmlRecordReading;

namespace MarkScreen.Registers.Uspto;

public sealed partial class UsptoXmlReader
{
    /// <summary>One &lt;classification&gt;: it may carry several international codes (old records do).</summary>
    private sealed class RawClassification
    {
        public readonly List<string> International = [];
        public readonly List<string> Us = [];
        public string? StatusCode, Primary, FirstUse, FirstUseInCommerce;
        public DateOnly? StatusDate;
    }

    private static void ReadStatements(XmlReader r, List<(string Code, string Text)> statements) => ForEachChild(r, s =>
    {
        if (s.LocalName != "case-file-statement") return false;
        string? code = null;
        var text = new List<string>();
        ForEachChild(s, x =>
        {
            switch (x.LocalName)
            {
                case "type-code": code = Value(x); return true;
                case "text": if (Value(x) is { } t) text.Add(t); return true;
                default: return false;
            }
        });
        if (code is not null && text.Count > 0) statements.Add((code, string.Join(" ", text)));
        return true;
    });

    private static void ReadClassifications(XmlReader r, RecordContext ctx, List<RawClassification> classes) => ForEachChild(r, c =>
    {
        if (c.LocalName != "classification") return false;
        var raw = new RawClassification();
        ForEachChild(c, x =>
        {
            var name = x.LocalName;
            switch (name)
            {
                case "international-code": if (Value(x) is { } i) raw.International.Add(i); return true;
                case "us-code": if (Value(x) is { } u) raw.Us.Add(u); return true;
                case "status-code": raw.StatusCode = Value(x); return true;
                // Real annual records carry class status dates like "10101": the class is kept, the date dropped.
                case "status-date": raw.StatusDate = ctx.OptionalDate("classification/status-date", Value(x)); return true;
                case "first-use-anywhere-date": raw.FirstUse = ctx.PartialDate("classification/first-use-anywhere-date", Value(x)); return true;
                case "first-use-in-commerce-date": raw.FirstUseInCommerce = ctx.PartialDate("classification/first-use-in-commerce-date", Value(x)); return true;
                case "primary-code": raw.Primary = Value(x); return true;
                default: return false;
            }
        });
        classes.Add(raw);
        return true;
    });

    private void ReadOwners(XmlReader r, List<Owner> owners) => ForEachChild(r, o =>
    {
        if (o.LocalName != "case-file-owner") return false;
        string? name = null, party = null, entity = null, entityStatement = null, country = null, state = null,
            city = null, addr1 = null, addr2 = null, postcode = null, dba = null, nationality = null, other = null;
        ForEachChild(o, x =>
        {
            switch (x.LocalName)
            {
                case "party-name": name = Value(x); return true;
                case "party-type": party = Value(x); return true;
                case "legal-entity-type-code": entity = Value(x); return true;
                case "entity-statement": entityStatement = Value(x); return true;
                case "country": country = Value(x); return true;
                case "state": state = Value(x); return true;
                case "other": other = Value(x); return true;
                case "city": city = Value(x); return true;
                case "address-1": addr1 = Value(x); return true;
                case "address-2": addr2 = Value(x); return true;
                case "postcode": postcode = Value(x); return true;
                case "dba-aka-text": dba = Value(x); return true;
                case "nationality":
                    ForEachChild(x, n =>
                    {
                        var value = Value(n);
                        nationality ??= value;
                        return true;
                    });
                    return true;
                default: return false;
            }
        });
        if (name is null) return true;
        owners.Add(new Owner
        {
            Name = name,
            PartyTypeCode = party,
            PartyType = _codes.PartyType(party),
            EntityTypeCode = entity,
            EntityType = _codes.EntityType(entity) is { } e && entityStatement is not null ? $"{e}: {entityStatement}" : _codes.EntityType(entity) ?? entityStatement,
            Country = country ?? other ?? nationality,
            State = state,
            City = city,
            Address = TextCleaner.JoinNonEmpty(", ", addr1, addr2, city, state, postcode, country ?? other),
            DoingBusinessAs = dba,
        });
        return true;
    });
}
