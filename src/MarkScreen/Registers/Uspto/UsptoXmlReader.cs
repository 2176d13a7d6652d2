using System.Buffers;
using System.Xml;
using MarkScreen.Marks;
using static MarkScreen.Registers.XmlRecordReading;

namespace MarkScreen.Registers.Uspto;

/// <summary>
/// Reads USPTO bulk trademark XML (the daily "trademark-applications-daily" files and the annual backfile, same
/// DTD): each &lt;case-file&gt; becomes one <see cref="TrademarkRecord"/>. Records are cut out by
/// <see cref="CaseFileSplitter"/> and parsed one at a time, so a broken record is reported and skipped.
/// </summary>
public sealed partial class UsptoXmlReader(UsptoCodeTables? codes = null)
{
    private readonly UsptoCodeTables _codes = codes ?? UsptoCodeTables.Default;
    private readonly NameTable _names = new();

    public IEnumerable<ReadItem> Read(Stream stream, string fileName)
    {
        var settings = Settings(_names);
        using var splitter = new CaseFileSplitter(stream);
        foreach (var segment in splitter.Records())
        {
            if (segment.SplitError is not null)
            {
                yield return ReadItem.Rejected(new RegisterIssue(IssueSeverity.Error, fileName, segment.Line, "case-file", segment.SplitError));
                continue;
            }
            yield return ParseRecord(segment.Bytes, segment.Line, fileName, settings);
        }
    }

    // XML 1.0 forbids these C0 controls even as raw bytes, and XmlReader rejects them whatever CheckCharacters says.
    // Real register text does carry them (pasted from word processors); a space keeps the record and its line numbers.
    private static readonly SearchValues<byte> s_forbiddenControls =
        SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private ReadItem ParseRecord(ReadOnlyMemory<byte> bytes, long line, string fileName, XmlReaderSettings settings)
    {
        var ctx = new RecordContext(fileName, line);
        var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array)
            ? array : new ArraySegment<byte>(bytes.ToArray());
        var span = segment.AsSpan();
        if (span.IndexOfAny(s_forbiddenControls) >= 0)
        {
            var replaced = 0;
            for (var i = span.IndexOfAny(s_forbiddenControls); i >= 0;)
            {
                span[i] = (byte)' ';
                replaced++;
                var next = span[(i + 1)..].IndexOfAny(s_forbiddenControls);
                i = next < 0 ? -1 : i + 1 + next;
            }
            ctx.Warn("text", $"{replaced} control character(s) replaced by spaces");
        }
        using var input = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        using var xml = XmlReader.Create(input, settings);
        ctx.LineProvider = () => line + Math.Max(0, LineOf(xml) - 1);
        try
        {
            xml.MoveToContent();
            var record = ReadCaseFile(xml, ctx);
            return record is null ? ctx.Reject("serial-number", "missing serial number") : ctx.Ok(record);
        }
        catch (XmlException ex)
        {
            return ctx.Reject(null, $"invalid XML: {ex.Message}", line + Math.Max(0, ex.LineNumber - 1));
        }
        catch (RecordFormatException ex)
        {
            return ctx.Reject(ex.Field, ex.Message, ex.Line);
        }
    }

    private TrademarkRecord? ReadCaseFile(XmlReader r, RecordContext ctx)
    {
        string? serial = null, registration = null, ir = null;
        DateOnly? transactionDate = null;
        var header = new Header();
        var statements = new List<(string Code, string Text)>();
        var classes = new List<RawClassification>();
        var owners = new List<Owner>();

        ForEachChild(r, c =>
        {
            switch (c.LocalName)
            {
                case "serial-number":
                    serial = Value(c);
                    ctx.Serial = serial;
                    return true;
                case "registration-number":
                    registration = Value(c);
                    return true;
                case "transaction-date":
                    transactionDate = ctx.RequiredDate("transaction-date", Value(c));
                    return true;
                case "case-file-header":
                    ReadHeader(c, ctx, header);
                    return true;
                case "case-file-statements":
                    ReadStatements(c, statements);
                    return true;
                case "classifications":
                    ReadClassifications(c, ctx, classes);
                    return true;
                case "case-file-owners":
                    ReadOwners(c, owners);
                    return true;
                case "international-registration":
                    ForEachChild(c, x =>
                    {
                        if (x.LocalName != "international-registration-number") return false;
                        ir = Value(x);
                        return true;
                    });
                    return true;
                default:
                    return false;
            }
        });

        if (string.IsNullOrEmpty(serial)) return null;
        if (!serial.All(char.IsAsciiDigit) || serial.Length > 10)
            throw new RecordFormatException("serial-number", $"serial number '{RecordContext.Clip(serial)}' is not a number", ctx.Line);

        return BuildRecord(ctx, serial, registration, ir, transactionDate, header, statements, classes, owners);
    }
}
