using System.Xml.Linq;
using MarkScreen.Marks;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Registers.Wipo;

/// <summary>
/// Shared driver of the ST.66 and ST.96 readers: streams record elements, turns each into a
/// <see cref="TrademarkRecord"/>, and attaches applicants that a TSDR file lists outside the mark element.
/// </summary>
public abstract class WipoReader(UsptoCodeTables? codes)
{
    protected UsptoCodeTables Codes { get; } = codes ?? UsptoCodeTables.Default;

    protected abstract string BagName { get; }
    protected abstract string RecordName { get; }
    protected abstract string FormatName { get; }

    private protected abstract TrademarkRecord Parse(XElement mark, RecordContext ctx);

    private protected virtual List<Owner> ParseApplicants(XElement? applicantDetails) => [];

    public IEnumerable<ReadItem> Read(Stream stream, string fileName)
    {
        // At most one record waits for transaction-level applicants, so memory stays flat on bulk files.
        ReadItem? held = null;
        foreach (var item in WipoRecordStream.Read(stream, BagName, RecordName))
        {
            if (item.TransactionApplicants is { } applicants)
            {
                if (held is { Record: { } r } h && r.Owners.Count == 0)
                    held = h with { Record = r with { Owners = ParseApplicants(applicants) } };
                continue;
            }
            if (held is { } previous)
            {
                yield return previous;
                held = null;
            }
            if (item.Error is not null)
            {
                yield return ReadItem.Rejected(new RegisterIssue(IssueSeverity.Error, fileName, item.Line, null, item.Error));
                yield break;
            }
            held = ParseOne(item.Record!, fileName);
        }
        if (held is { } last) yield return last;
    }

    private ReadItem ParseOne(XElement mark, string fileName)
    {
        var ctx = new RecordContext(fileName, mark.Line());
        try
        {
            var record = Parse(mark, ctx);
            return ctx.Ok(record with { SourceFormat = FormatName });
        }
        catch (RecordFormatException ex)
        {
            return ctx.Reject(ex.Field, ex.Message, ex.Line);
        }
    }

    /// <summary>Party-type text to the USPTO code order, for TSDR files that give only the words.</summary>
    private protected static int PartyRank(string? code, string? description)
    {
        if (int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n < 70 ? n : -1;
        var d = description ?? "";
        if (d.Contains("AFTER REGISTRATION", StringComparison.OrdinalIgnoreCase)) return 31;
        if (d.Contains("REGISTRANT", StringComparison.OrdinalIgnoreCase)) return 30;
        if (d.Contains("AFTER PUBLICATION", StringComparison.OrdinalIgnoreCase)) return 21;
        if (d.Contains("AT PUBLICATION", StringComparison.OrdinalIgnoreCase)) return 20;
        if (d.Contains("BEFORE PUBLICATION", StringComparison.OrdinalIgnoreCase)) return 11;
        return 10;
    }

    private protected static List<Owner> MarkCurrent(List<(Owner Owner, int Rank)> owners)
    {
        if (owners.Count == 0) return [];
        var top = owners.Max(o => o.Rank);
        return [.. owners.OrderBy(o => o.Rank).Select(o => o.Owner with { IsCurrentOwner = o.Rank == top })];
    }

    private protected static DateOnly? Date(RecordContext ctx, XElement? e, string field, bool required)
    {
        var text = e?.Value;
        var line = e?.Line() ?? 0;
        return required ? ctx.RequiredDate(field, text, line) : ctx.OptionalDate(field, text, line);
    }

    /// <summary>Filing-basis indicators; the standards differ only in the names of the Madrid and no-basis flags.</summary>
    private protected static FilingBasis Basis(XElement? b, bool filedSet, string madridIndicator, string noBasisIndicator)
    {
        if (b is null) return FilingBasis.None;
        var f = FilingBasis.None;
        if (b.Bool("BasisUseIndicator") == true) f |= filedSet ? FilingBasis.UseFiled : FilingBasis.UseCurrent;
        if (b.Bool("BasisIntentToUseIndicator") == true) f |= filedSet ? FilingBasis.IntentToUseFiled : FilingBasis.IntentToUseCurrent;
        if (b.Bool("BasisForeignApplicationIndicator") == true) f |= filedSet ? FilingBasis.Section44dFiled : FilingBasis.Section44dCurrent;
        if (b.Bool("BasisForeignRegistrationIndicator") == true) f |= filedSet ? FilingBasis.Section44eFiled : FilingBasis.Section44eCurrent;
        if (b.Bool(madridIndicator) == true) f |= filedSet ? FilingBasis.Section66aFiled : FilingBasis.Section66aCurrent;
        if (!filedSet && b.Bool(noBasisIndicator) == true) f |= FilingBasis.NoBasisCurrent;
        return f;
    }

    /// <summary>The cleaned texts of the elements joined, or null when there is none.</summary>
    private protected static string? Joined(IEnumerable<XElement> elements, string separator = " ") =>
        string.Join(separator, elements.Select(e => TextCleaner.Clean(e.Value)).OfType<string>()) is { Length: > 0 } s ? s : null;

    private protected static string Digits(string text) => new([.. text.Where(char.IsAsciiLetterOrDigit)]);
}
