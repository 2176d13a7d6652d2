using System.Xml.Linq;
using MarkScreen.Marks;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Registers.Wipo;

/// <summary>
/// WIPO ST.96 trademark XML, both the current namespace (…/XMLSchema/ST96/Trademark, TSDR today) and the older
/// 1.x one (…/XMLSchema/Trademark/1). Record element: …/TrademarkBag/Trademark.
/// </summary>
public sealed class St96Reader(UsptoCodeTables? codes = null) : WipoReader(codes)
{
    protected override string BagName => "TrademarkBag";
    protected override string RecordName => "Trademark";
    private const string MadridBasis = "BasisInternationalRegistrationIndicator";
    private const string NoBasis = "NoBasisIndicator";

    protected override string FormatName => "wipo-st96";

    private protected override TrademarkRecord Parse(XElement m, RecordContext ctx)
    {
        var office = m.Val("RegistrationOfficeCode") ?? m.Val("ApplicationNumber", "IPOfficeCode") ?? "XX";
        var serial = m.Val("ApplicationNumber", "ApplicationNumberText") is { } a ? Digits(a) : null;
        if (string.IsNullOrEmpty(serial)) throw new RecordFormatException("ApplicationNumber", "missing application (serial) number");
        ctx.Serial = serial;
        var national = m.At("NationalTrademarkInformation");
        var (status, liveness) = WipoStatus.Resolve(office, m.Val("MarkCurrentStatusCode"),
            national.Val("MarkCurrentStatusExternalDescriptionText"), Codes);
        var registered = Date(ctx, m.At("RegistrationDate"), "RegistrationDate", required: true);
        var renewed = Date(ctx, national.At("RenewalDate"), "RenewalDate", required: false);
        var expiry = Date(ctx, m.At("ExpiryDate"), "ExpiryDate", required: false);
        var representation = m.At("MarkRepresentation");
        var word = representation.At("MarkReproduction", "WordMarkSpecification");
        var drawingCode = representation.Val("MarkDescriptionBag", "NationalMarkDescription", "MarkFeatureCode");
        var filed = Date(ctx, m.At("ApplicationDate"), "ApplicationDate", required: true);
        var goodsServices = m.All("GoodsServicesBag", "GoodsServices").ToList();

        return new TrademarkRecord
        {
            Office = office,
            SerialNumber = serial,
            RegistrationNumber = m.Val("RegistrationNumber"),
            MarkText = word.Val("MarkVerbalElementText"),
            StandardCharacters = word.Bool("MarkStandardCharacterIndicator") ?? false,
            Translation = word.Val("MarkTranslationText") ?? word.Val("MarkTranslation"),
            DrawingCode = drawingCode,
            DrawingType = representation.Val("MarkFeatureCategory") ?? Codes.DrawingType(drawingCode, filed),
            MarkType = m.Val("MarkCategory"),
            Register = national.Val("RegisterCategory"),
            StatusCode = m.Val("MarkCurrentStatusCode"),
            Status = status,
            StatusDate = Date(ctx, m.At("MarkCurrentStatusDate"), "MarkCurrentStatusDate", required: true),
            Liveness = liveness,
            FilingDate = filed,
            RegistrationDate = registered,
            PublicationDate = Date(ctx, m.At("PublicationBag", "Publication", "PublicationDate"), "PublicationDate", required: false),
            RenewalDate = renewed,
            ExpiryDate = expiry ?? (office == "US" ? UsRegistrationTerm.Expiry(registered, renewed, liveness) : null),
            Attorney = m.Val("RecordAttorney", "Contact", "Name", "PersonName", "PersonFullName"),
            FilingBasis = Basis(m.At("NationalFilingBasis", "FilingBasis"), filedSet: true, MadridBasis, NoBasis)
                | Basis(m.At("NationalFilingBasis", "CurrentBasis"), filedSet: false, MadridBasis, NoBasis),
            Disclaimer = Joined(m.All("MarkDisclaimerBag", "MarkDisclaimerText")),
            Description = Joined(representation.All("MarkDescriptionBag", "MarkDescriptionText")),
            Owners = ParseApplicants(m.At("ApplicantBag")),
            Classes = [.. goodsServices.SelectMany(g => Classes(g, ctx))],
        };
    }

    /// <summary>One GoodsServices block: the Nice class with its US classes, and per-class goods text and status.</summary>
    private static IEnumerable<GoodsClass> Classes(XElement g, RecordContext ctx)
    {
        var classifications = g.All("GoodsServicesClassificationBag", "GoodsServicesClassification").ToList();
        var nice = classifications.Where(c => !string.Equals(c.Val("ClassificationKindCode"), "Domestic", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Val("ClassNumber")).FirstOrDefault(c => c is not null);
        var us = classifications.Select(c => c.Val("NationalClassNumber")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var basis = g.At("NationalFilingBasis");
        // TSDR splits one class over several ClassDescription elements (goods in one, class status in another, with
        // no ClassNumber): merge them per class number, defaulting to the block's Nice class.
        var groups = g.All("ClassDescriptionBag", "ClassDescription")
            .GroupBy(d => d.Val("ClassNumber") ?? nice, StringComparer.Ordinal)
            .ToList();
        if (groups.Count == 0 && nice is not null) groups = [.. new[] { new XElement("ClassDescription") }.GroupBy(_ => (string?)nice)];
        foreach (var group in groups)
        {
            var code = group.Key;
            var status = group.Select(d => d.At("NationalStatusBag", "NationalStatus") ?? d.At("NationalStatus")).FirstOrDefault(x => x is not null);
            yield return new GoodsClass
            {
                NiceClass = WipoXml.NiceClass(code),
                ClassCode = code,
                UsClasses = us.Count == 0 ? null : string.Join(";", us),
                StatusCode = status.Val("NationalStatusCode"),
                Status = status.Val("NationalStatusExternalDescriptionText"),
                FirstUseAnywhere = ctx.PartialDate("FirstUsedDate", basis.Val("FirstUsedDate")),
                FirstUseInCommerce = ctx.PartialDate("FirstUsedCommerceDate", basis.Val("FirstUsedCommerceDate")),
                Goods = Joined(group.SelectMany(d => d.All("GoodsServicesDescriptionText"))),
            };
        }
    }

    private protected override List<Owner> ParseApplicants(XElement? bag)
    {
        var owners = new List<(Owner, int)>();
        foreach (var a in bag.All("Applicant"))
        {
            var contact = a.At("Contact");
            var name = contact.Val("Name", "EntityName") ?? contact.Val("Name", "OrganizationName", "OrganizationStandardName")
                ?? contact.Val("Name", "PersonName", "PersonFullName");
            if (name is null) continue;
            var addr = contact.At("PostalAddressBag", "PostalAddress", "PostalStructuredAddress");
            var party = a.Val("CommentText") ?? a.Val("Version", "CommentText");
            var code = a.Attr("sequenceNumber");
            var country = addr.Val("CountryCode") ?? a.Val("IncorporationCountryCode");
            var lines = addr.All("AddressLineText").Select(l => TextCleaner.Clean(l.Value)).OfType<string>();
            owners.Add((new Owner
            {
                Name = name,
                PartyTypeCode = code,
                PartyType = party,
                EntityTypeCode = a.Val("NationalLegalEntityCode"),
                EntityType = a.Val("LegalEntityName"),
                Country = country,
                State = addr.Val("GeographicRegionName") ?? a.Val("IncorporationState"),
                City = addr.Val("CityName"),
                Address = TextCleaner.JoinNonEmpty(", ", [.. lines, addr.Val("CityName"), addr.Val("GeographicRegionName"), addr.Val("PostalCode"), country]),
            }, PartyRank(code, party)));
        }
        return MarkCurrent(owners);
    }
}
