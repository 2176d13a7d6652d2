using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Csv;

/// <summary>
/// CSV registers: brand lists and watchlists with a header row naming at least <c>mark</c>; optional owner, classes
/// ("9;25"), status (live|dead), serial_number, registration_number, filing_date, registration_date, goods, country,
/// office and source. A record without classes applies to every class. Also reads the header-less TESS result
/// export (serial, mark, …, "IC 009. goods").
/// </summary>
public sealed class CsvRegisterReader(string defaultOffice = "LIST")
{
    public IEnumerable<ReadItem> Read(Stream stream, string fileName)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        var badData = (string?)null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t", "|"],
            HasHeaderRecord = false,
            MissingFieldFound = null,
            // A quote inside an unquoted field (12" RECORD) is common in real lists and kept as text; a quoted field
            // with text after its closing quote is broken quoting and costs the row.
            BadDataFound = args =>
            {
                if (args.Field.TrimStart().StartsWith('"')) badData ??= $"broken quoting near '{RecordContext.Clip(args.RawRecord.Trim())}'";
            },
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read()) yield break;
        var first = Row(csv);
        var columns = new CsvRegisterColumns(first);
        var tess = !columns.HasMark && TessExport.Looks(first);
        if (!columns.HasMark && !tess)
        {
            yield return ReadItem.Rejected(new RegisterIssue(IssueSeverity.Error, fileName, 1, "mark",
                $"no 'mark' column in the header ({string.Join(", ", first.Take(8))})"));
            yield break;
        }
        if (tess) yield return TessExport.Parse(first, new RecordContext(fileName, 1), fileName);

        while (true)
        {
            badData = null;
            bool more;
            string? readError = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                more = false;
                readError = ex.Message.Split('\n')[0];
            }
            if (readError is not null)
            {
                yield return ReadItem.Rejected(new RegisterIssue(IssueSeverity.Error, fileName, csv.Parser.RawRow, null, readError));
                yield break;
            }
            if (!more) yield break;
            var line = csv.Parser.RawRow;
            var ctx = new RecordContext(fileName, line);
            var row = Row(csv); // fields are parsed lazily: bad data is only noticed here
            if (badData is not null)
            {
                yield return ctx.Reject(null, badData);
                continue;
            }
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            yield return tess ? TessExport.Parse(row, ctx, fileName) : Parse(row, columns, ctx, fileName);
        }
    }

    private static string[] Row(CsvReader csv)
    {
        var row = new string[csv.Parser.Count];
        for (var i = 0; i < row.Length; i++) row[i] = csv.Parser[i] ?? "";
        return row;
    }

    private ReadItem Parse(string[] row, CsvRegisterColumns columns, RecordContext ctx, string fileName)
    {
        string? Get(string field) => columns[field] is int i && i < row.Length ? TextCleaner.Clean(row[i]) : null;
        try
        {
            var mark = Get("mark");
            if (mark is null) return ctx.Reject("mark", "empty mark");
            if (mark.Contains('\uFFFD', StringComparison.Ordinal)) return ctx.Reject("mark", "invalid UTF-8 (is the file in another encoding?)");
            var owner = Get("owner");
            var office = Get("office") ?? defaultOffice;
            var serial = Get("serial_number") is { } s ? new string([.. s.Where(char.IsAsciiLetterOrDigit)]) : SyntheticSerial(mark, owner);
            ctx.Serial = serial;
            var (status, liveness) = ParseStatus(Get("status"));
            var goods = Get("goods");
            var classes = ParseClasses(Get("classes")).Select(n => new GoodsClass
            {
                NiceClass = n,
                ClassCode = n.ToString("D3", CultureInfo.InvariantCulture),
                Goods = goods,
            }).ToList();
            if (classes.Count == 0 && goods is not null) classes.Add(new GoodsClass { Goods = goods });

            return ctx.Ok(new TrademarkRecord
            {
                Office = office,
                SerialNumber = serial,
                RegistrationNumber = Get("registration_number"),
                MarkText = mark,
                Status = status,
                Liveness = liveness,
                FilingDate = ctx.RequiredDate("filing_date", Get("filing_date")),
                RegistrationDate = ctx.RequiredDate("registration_date", Get("registration_date")),
                Owners = owner is null ? [] : [new Owner { Name = owner, Country = Get("country"), IsCurrentOwner = true }],
                Classes = classes,
                Source = Get("source") ?? fileName,
                SourceFormat = "csv",
            });
        }
        catch (RecordFormatException ex)
        {
            return ctx.Reject(ex.Field, ex.Message);
        }
    }

    /// <summary>Lists without serial numbers still need a stable key: a hash of the mark and owner.</summary>
    internal static string SyntheticSerial(string mark, string? owner)
    {
        var key = mark.ToUpperInvariant() + "\u0001" + (owner ?? "").ToUpperInvariant();
        return "L" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 8);
    }

    internal static IReadOnlyList<int> ParseClasses(string? text)
    {
        if (text is null) return [];
        var result = new SortedSet<int>();
        foreach (var part in text.Split([';', ',', '|', ' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = part.Trim().TrimStart('I', 'i', 'C', 'c', ':', '.');
            if (digits.Length == 0) continue;
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 45)
                throw new RecordFormatException("classes", $"'{RecordContext.Clip(part)}' is not a Nice class (1-45)");
            result.Add(n);
        }
        return [.. result];
    }

    private static (string Status, Liveness Liveness) ParseStatus(string? text) => text?.ToLowerInvariant() switch
    {
        null => ("listed", Liveness.Live),
        "live" or "registered" or "pending" or "active" or "published" => (text, Liveness.Live),
        "dead" or "expired" or "cancelled" or "canceled" or "abandoned" or "withdrawn" or "refused" => (text, Liveness.Dead),
        _ => throw new RecordFormatException("status", $"status '{RecordContext.Clip(text)}' is not live or dead"),
    };
}
