using System.Globalization;
using System.Security;
using System.Text;

namespace MarkScreen.Registers.Uspto;

/// <summary>
/// Writes USPTO daily bulk XML files that follow the trademark-applications-daily DTD, for tests and benchmarks: many
/// realistic records (word marks, owners, classes with goods text, statements, events), odd Unicode, and on request
/// broken records of each kind the importer must survive. Deterministic for a given seed.
/// </summary>
public sealed class UsptoDailyFileGenerator(int seed = 1)
{
    private readonly Random _random = new(seed);

    /// <summary>Records with a bad status code, date, serial or XML, each at this rate (0 = none).</summary>
    public double BrokenRate { get; init; }

    /// <summary>Rate at which a record repeats an earlier serial with a later transaction date.</summary>
    public double DuplicateRate { get; init; }

    /// <summary>Rate of records with non-Latin scripts, emoji, combining marks, zero-width and control characters.</summary>
    public double OddUnicodeRate { get; init; } = 0.05;

    /// <summary>Whether odd marks may hold raw C0 control characters (invalid XML 1.0, found in real data).</summary>
    public bool ControlCharacters { get; init; } = true;

    /// <summary>First serial number written; serials then increase.</summary>
    public int FirstSerial { get; init; } = 90_000_000;

    public GeneratedFileInfo Write(Stream output, long targetBytes, DateOnly fileDate)
    {
        var info = new GeneratedFileInfo();
        using var counting = new CountingWriteStream(output);
        using var w = new StreamWriter(counting, new UTF8Encoding(false), 1 << 16);
        w.Write($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE trademark-applications-daily SYSTEM "trademark-applications-daily-v2-0.dtd">
            <trademark-applications-daily>
              <version>
                <version-no>2.0</version-no>
                <version-date>20050401</version-date>
              </version>
              <creation-datetime>{fileDate:yyyyMMdd}0405</creation-datetime>
              <application-information>
                <file-segments>
                  <file-segment>TRMK</file-segment>
                  <action-keys>
                    <action-key>NA</action-key>

            """);
        var serial = FirstSerial;
        var written = new List<int>();
        while (true)
        {
            w.Flush();
            if (counting.Written >= targetBytes) break;
            var kind = Pick();
            var useSerial = serial++;
            if (kind == RecordKind.Duplicate)
            {
                if (written.Count == 0) kind = RecordKind.Good;
                else
                {
                    useSerial = written[_random.Next(written.Count)];
                    written.Remove(useSerial);
                    info.Duplicates++;
                }
            }
            WriteRecord(w, useSerial, fileDate, kind);
            // Only good originals are repeated, so every duplicate is a genuine later version of a stored record.
            if (kind == RecordKind.Good) written.Add(useSerial);
            if (written.Count > 100_000) written.RemoveRange(0, 50_000);
            info.Records++;
            if (kind is RecordKind.BadStatus or RecordKind.BadDate or RecordKind.MissingSerial or RecordKind.BrokenXml) info.Broken++;
        }
        w.Write("""
                  </action-keys>
                </file-segments>
              </application-information>
            </trademark-applications-daily>

            """);
        w.Flush();
        info.Bytes = counting.Written;
        return info;
    }

    private enum RecordKind { Good, Duplicate, BadStatus, BadDate, MissingSerial, BrokenXml }

    private RecordKind Pick()
    {
        var x = _random.NextDouble();
        if (x < BrokenRate) return (RecordKind)(2 + _random.Next(4));
        if (x < BrokenRate + DuplicateRate) return RecordKind.Duplicate;
        return RecordKind.Good;
    }

    private void WriteRecord(StreamWriter w, int serial, DateOnly fileDate, RecordKind kind)
    {
        var odd = _random.NextDouble() < OddUnicodeRate;
        var mark = GeneratedNames.Mark(_random, odd, ControlCharacters);
        var filed = fileDate.AddDays(-_random.Next(0, 3000));
        var transaction = kind == RecordKind.Duplicate ? fileDate.AddDays(1) : fileDate;
        var registered = _random.NextDouble() < 0.5 ? filed.AddDays(300 + _random.Next(400)) : (DateOnly?)null;
        var status = kind == RecordKind.BadStatus ? "999" : registered is null ? Pick(s_pendingStatuses) : Pick(s_registeredStatuses);
        var classes = Enumerable.Range(0, 1 + (_random.NextDouble() < 0.3 ? _random.Next(1, 4) : 0))
            .Select(_ => _random.Next(1, 46)).Distinct().Order().ToList();
        var sb = new StringBuilder(4096);
        sb.Append("      <case-file>\n");
        if (kind != RecordKind.MissingSerial) sb.Append(CultureInfo.InvariantCulture, $"        <serial-number>{serial}</serial-number>\n");
        sb.Append(CultureInfo.InvariantCulture, $"        <registration-number>{(registered is null ? "0000000" : (serial % 9_000_000 + 1_000_000).ToString(CultureInfo.InvariantCulture))}</registration-number>\n");
        sb.Append(CultureInfo.InvariantCulture, $"        <transaction-date>{transaction:yyyyMMdd}</transaction-date>\n");
        sb.Append("        <case-file-header>\n");
        sb.Append(CultureInfo.InvariantCulture, $"          <filing-date>{(kind == RecordKind.BadDate ? "20231345" : filed.ToString("yyyyMMdd", CultureInfo.InvariantCulture))}</filing-date>\n");
        if (registered is { } r) sb.Append(CultureInfo.InvariantCulture, $"          <registration-date>{r:yyyyMMdd}</registration-date>\n");
        sb.Append(CultureInfo.InvariantCulture, $"          <status-code>{status}</status-code>\n");
        sb.Append(CultureInfo.InvariantCulture, $"          <status-date>{transaction:yyyyMMdd}</status-date>\n");
        if (_random.NextDouble() > 0.04) sb.Append(CultureInfo.InvariantCulture, $"          <mark-identification>{Esc(mark)}</mark-identification>\n");
        sb.Append(CultureInfo.InvariantCulture, $"          <mark-drawing-code>{Pick(s_drawingCodes)}</mark-drawing-code>\n");
        sb.Append(CultureInfo.InvariantCulture, $"          <attorney-name>{Esc(GeneratedNames.Person(_random, odd))}</attorney-name>\n");
        foreach (var flag in s_flags) sb.Append(CultureInfo.InvariantCulture, $"          <{flag}>{(_random.NextDouble() < 0.15 ? 'T' : 'F')}</{flag}>\n");
        sb.Append("        </case-file-header>\n        <case-file-statements>\n");
        foreach (var c in classes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"          <case-file-statement>\n            <type-code>GS{c:D3}1</type-code>\n            <text>{Esc(GeneratedNames.Goods(_random, c, odd))}</text>\n          </case-file-statement>\n");
        }
        if (_random.NextDouble() < 0.3) sb.Append(CultureInfo.InvariantCulture, $"          <case-file-statement>\n            <type-code>DM0000</type-code>\n            <text>The mark consists of the stylized wording {Esc(mark)}.</text>\n          </case-file-statement>\n");
        if (_random.NextDouble() < 0.1) sb.Append(CultureInfo.InvariantCulture, $"          <case-file-statement>\n            <type-code>PM0001</type-code>\n            <text>{Esc(mark.Replace('0', 'O'))}</text>\n          </case-file-statement>\n");
        sb.Append("        </case-file-statements>\n        <case-file-event-statements>\n");
        var events = 1 + _random.Next(6);
        for (var e = 0; e < events; e++)
        {
            var (code, desc) = Pick(s_events);
            sb.Append(CultureInfo.InvariantCulture, $"          <case-file-event-statement>\n            <code>{code}</code>\n            <type>{(e % 2 == 0 ? 'I' : 'O')}</type>\n            <description-text>{desc}</description-text>\n            <date>{filed.AddDays(e * 30):yyyyMMdd}</date>\n            <number>{e + 1}</number>\n          </case-file-event-statement>\n");
        }
        sb.Append("        </case-file-event-statements>\n        <classifications>\n");
        foreach (var c in classes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"          <classification>\n            <international-code-total-no>1</international-code-total-no>\n            <us-code-total-no>1</us-code-total-no>\n            <international-code>{c:D3}</international-code>\n            <us-code>{_random.Next(1, 53):D3}</us-code>\n            <status-code>6</status-code>\n            <status-date>{filed:yyyyMMdd}</status-date>\n            <first-use-anywhere-date>{filed.AddDays(-200):yyyyMM}00</first-use-anywhere-date>\n            <first-use-in-commerce-date>{filed.AddDays(-100):yyyyMMdd}</first-use-in-commerce-date>\n            <primary-code>{c:D3}</primary-code>\n          </classification>\n");
        }
        sb.Append("        </classifications>\n");
        sb.Append(CultureInfo.InvariantCulture, $"        <correspondent>\n          <address-1>{Esc(GeneratedNames.Person(_random, odd))}</address-1>\n          <address-2>{_random.Next(1, 9999)} Main Street</address-2>\n        </correspondent>\n");
        sb.Append("        <case-file-owners>\n");
        var owners = 1 + (_random.NextDouble() < 0.3 ? 1 : 0);
        for (var o = 0; o < owners; o++)
        {
            var country = Pick(s_countries);
            sb.Append(CultureInfo.InvariantCulture, $"          <case-file-owner>\n            <entry-number>{o + 1}</entry-number>\n            <party-type>{(o == 0 ? 10 : 30)}</party-type>\n            <nationality>\n              <country>{country}</country>\n            </nationality>\n            <legal-entity-type-code>{Pick(s_entities)}</legal-entity-type-code>\n            <party-name>{Esc(GeneratedNames.Company(_random, odd))}</party-name>\n            <address-1>{_random.Next(1, 999)} {Esc(GeneratedNames.Street(_random))}</address-1>\n            <city>{Esc(GeneratedNames.City(_random, odd))}</city>\n            <country>{country}</country>\n            <postcode>{_random.Next(10000, 99999)}</postcode>\n          </case-file-owner>\n");
        }
        sb.Append("        </case-file-owners>\n");
        if (kind == RecordKind.BrokenXml) sb.Append("        <design-searches><design-search><code>260101</design-search>\n");
        sb.Append("      </case-file>\n");
        w.Write(sb);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Esc(string s) => SecurityElement.Escape(s);

    private static readonly string[] s_pendingStatuses = ["630", "641", "661", "680", "686", "688", "731"];
    private static readonly string[] s_registeredStatuses = ["700", "702", "800", "710", "602", "606"];
    private static readonly string[] s_drawingCodes = ["4000", "3000", "5000", "2000"];
    private static readonly string[] s_countries = ["US", "US", "US", "CN", "DE", "GB", "JP", "KR", "FR", "IN"];
    private static readonly string[] s_entities = ["01", "03", "03", "16", "99"];

    private static readonly (string, string)[] s_events =
    [
        ("NWAP", "NEW APPLICATION ENTERED"), ("NWOS", "NEW APPLICATION OFFICE SUPPLIED DATA ENTERED"),
        ("DOCK", "ASSIGNED TO EXAMINER"), ("CNRT", "NON-FINAL ACTION E-MAILED"), ("PUBO", "PUBLISHED FOR OPPOSITION"),
        ("R.PR", "REGISTERED-PRINCIPAL REGISTER"),
    ];

    private static readonly string[] s_flags =
    [
        "trademark-in", "service-mark-in", "collective-trademark-in", "certification-mark-in", "opposition-pending-in",
        "supplemental-register-in", "intent-to-use-in", "intent-to-use-current-in", "filed-as-use-application-in",
        "use-application-currently-in", "filing-basis-filed-as-44d-in", "filing-basis-current-44e-in",
        "standard-characters-claimed-in", "filing-basis-filed-as-66a-in", "filing-basis-current-66a-in",
    ];
}

public sealed class GeneratedFileInfo
{
    public int Records { get; set; }
    public int Broken { get; set; }
    public int Duplicates { get; set; }
    public long Bytes { get; set; }
}
