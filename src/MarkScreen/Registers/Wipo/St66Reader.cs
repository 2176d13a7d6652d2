using System.Xml.Linq;
using MarkScreen.Marks;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Registers.Wipo;

/// <summary>
/// WIPO ST.66 (namespace http://www.wipo.int/standards/XMLSchema/trademarks): the format of USPTO TSDR status
/// downloads and of EUIPO/TMview bulk exports. Record element: Transaction/.../TradeMarkDetails/TradeMark.
/// </summary>
public sealed class St66Reader(UsptoCodeTables? codes = null) : WipoReader(codes)
{
    protected override string BagName => "TradeMarkDetails";
    protected override string RecordName => "TradeMark";
    private const string MadridBasis = "BasisRequestforExtentionOfProtectionIndicator";
    private const string NoBasis = "BasisNoIndicator";

    protected override string FormatName => "wipo-st66";

    private protected override TrademarkRecord Parse(XElement m, RecordContext ctx)
    {
        var office = m.Val("RegistrationOfficeCode") ?? "XX";
        var serial = m.Val("ApplicationNumber") is { } a ? Digits(a) : null;
        if (string.IsNullOrEmpty(serial)) throw new RecordFormatException("ApplicationNumber", "missing application (serial) number");
        ctx.Serial = serial;
        var ext = m.At("TradeMarkExt");
        var (status, liveness) = WipoStatus.Resolve(office, m.Val("MarkCurrentStatusCode"),
            ext.Val("MarkCurrentStatusExternalDescriptionText"), Codes);
        var registered = Date(ctx, m.At("RegistrationDate"), "RegistrationDate", required: true);
        var renewed = Date(ctx, ext.At("AdditionalMarkDetails", "RenewalDate"), "RenewalDate", required: false);
        var expiry = Date(ctx, m.At("ExpiryDate"), "ExpiryDate", required: false);
        var drawingCode = ext.Val("MarkFeatureCode");
        var filed = Date(ctx, m.At("ApplicationDate"), "ApplicationDate", required: true);

        return new TrademarkRecord
        {
            Office = office,
            SerialNumber = serial,
            RegistrationNumber = m.Val("RegistrationNumber"),
            MarkText = m.Val("WordMarkSpecification", "MarkVerbalElementText"),
            StandardCharacters = m.Bool("WordMarkSpecification", "MarkStandardCharacterIndicator") ?? false,
            Translation = m.Val("WordMarkSpecification", "MarkTranslation"),
            DrawingCode = drawingCode,
            DrawingType = m.Val("MarkFeature") ?? Codes.DrawingType(drawingCode, filed),
            MarkType = m.Val("KindMark"),
            Register = ext.Val("RegisterCategory"),
            StatusCode = m.Val("MarkCurrentStatusCode"),
            Status = status,
            StatusDate = Date(ctx, m.At("MarkCurrentStatusDate"), "MarkCurrentStatusDate", required: true),
            Liveness = liveness,
            FilingDate = filed,
            RegistrationDate = registered,
            PublicationDate = Date(ctx, m.At("PublicationDetails", "Publication", "PublicationDate"), "PublicationDate", required: false),
            RenewalDate = renewed,
            ExpiryDate = expiry ?? (office == "US" ? UsRegistrationTerm.Expiry(registered, renewed, liveness) : null),
            Attorney = Attorney(m),
            FilingBasis = Basis(ext.At("FilingBasisDetails", "BasisWhenFiled"), filedSet: true, MadridBasis, NoBasis)
                | Basis(ext.At("FilingBasisDetails", "BasisCurrently"), filedSet: false, MadridBasis, NoBasis),
            Disclaimer = Joined(m.All("MarkDisclaimerDetails", "MarkDisclaimer")),
            Description = Joined(m.All("MarkDescriptionDetails", "MarkDescription")),
            Owners = ParseApplicants(m.At("ApplicantDetails")),
            Classes = [.. m.All("GoodsServicesDetails", "GoodsServices", "ClassDescriptionDetails", "ClassDescription").Select(c => Class(c, ctx))],
        };
    }

    private static GoodsClass Class(XElement c, RecordContext ctx)
    {
        var ext = c.At("ClassDescriptionExt");
        var code = c.Val("ClassNumber");
        var domestic = ext.All("DomesticClassNumbers").Select(d => TextCleaner.Clean(d.Value)).OfType<string>().ToList();
        return new GoodsClass
        {
            NiceClass = WipoXml.NiceClass(code),
            ClassCode = code,
            UsClasses = domestic.Count == 0 ? null : string.Join(";", domestic),
            StatusCode = c.Val("ClassNumberStatusCode"),
            Status = ext.Val("ClassNumberStatusDescriptionText"),
            FirstUseAnywhere = ctx.PartialDate("FirstUseDateNumber", ext.Val("FilingBasisDetails", "FirstUseDateNumber")),
            FirstUseInCommerce = ctx.PartialDate("FirstUseInCommerceDate", ext.Val("FilingBasisDetails", "FirstUseInCommerceDate")),
            Goods = Joined(c.All("GoodsServicesDescription"), "; "),
        };
    }

    private protected override List<Owner> ParseApplicants(XElement? details)
    {
        var owners = new List<(Owner, int)>();
        foreach (var a in details.All("Applicant"))
        {
            var nameAddress = a.At("ApplicantAddressBook", "FormattedNameAddress");
            var name = Joined(nameAddress.All("Name", "FreeFormatName", "FreeFormatNameDetails", "FreeFormatNameLine"))
                ?? nameAddress.Val("Name", "FormattedName", "OrganizationName") ?? a.Val("ApplicantName");
            if (name is null) continue;
            var addr = nameAddress.At("Address", "FormattedAddress");
            var aExt = a.At("ApplicantExt");
            var partyCode = aExt.Val("PartyTypeCode");
            var partyText = aExt.Val("PartyTypeDescriptionText");
            var country = addr.Val("FormattedAddressCountryCode") ?? a.Val("ApplicantNationalityCode") ?? a.Val("ApplicantIncorporationCountryCode");
            owners.Add((new Owner
            {
                Name = name,
                PartyTypeCode = partyCode,
                PartyType = partyText,
                EntityTypeCode = aExt.Val("ApplicantLegalEntityCode"),
                EntityType = a.Val("ApplicantLegalEntity"),
                Country = country,
                State = addr.Val("AddressState"),
                City = addr.Val("AddressCity"),
                Address = TextCleaner.JoinNonEmpty(", ", addr.Val("AddressRoom"), addr.Val("AddressBuilding"), addr.Val("AddressStreet"),
                    addr.Val("AddressCity"), addr.Val("AddressState"), addr.Val("AddressPostcode"), country),
            }, PartyRank(partyCode, partyText)));
        }
        return MarkCurrent(owners);
    }

    private static string? Attorney(XElement m) =>
        m.All("RepresentativeDetails", "Representative")
            .Where(r => string.Equals(r.Val("Comment"), "Attorney of Record", StringComparison.OrdinalIgnoreCase) || r.Val("Comment") is null)
            .Select(r => r.Val("RepresentativeAddressBook", "FormattedNameAddress", "Name", "FreeFormatName", "FreeFormatNameDetails", "FreeFormatNameLine"))
            .FirstOrDefault(n => n is not null);
}
