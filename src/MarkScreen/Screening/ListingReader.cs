using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarkScreen.Screening;

/// <summary>A listing, or the reason a row was skipped.</summary>
public readonly record struct ListingRead(Listing? Listing, ListingIssue? Issue);

/// <summary>
/// Streams listings from CSV (any delimiter CsvHelper detects, a header row) or JSON Lines (one object per line;
/// detected by a first character '{' or a .jsonl/.ndjson name). Rows without a title, or with an id column but no id,
/// broken quoting, invalid UTF-8 or broken JSON are reported with their line and skipped; the rest are read.
/// Without an id column, a listing's id is its row number ("row 12").
/// </summary>
public static class ListingReader
{
    public static IEnumerable<ListingRead> Read(string path, ListingColumns columns)
    {
        using var stream = File.OpenRead(path);
        foreach (var item in Read(stream, Path.GetFileName(path), columns)) yield return item;
    }

    public static IEnumerable<ListingRead> Read(Stream stream, string name, ListingColumns columns)
    {
        var buffered = new BufferedStream(stream, 1 << 16);
        var jsonl = name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || FirstCharIsBrace(buffered);
        var reader = new StreamReader(buffered, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return jsonl ? ReadJsonLines(reader, name, columns) : ReadCsv(reader, name, columns);
    }

    private static bool FirstCharIsBrace(BufferedStream stream)
    {
        Span<byte> head = stackalloc byte[64];
        var n = stream.Read(head);
        stream.Seek(-n, SeekOrigin.Current);
        foreach (var b in head[..n])
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'{';
        }
        return false;
    }

    private static IEnumerable<ListingRead> ReadCsv(StreamReader text, string name, ListingColumns columns)
    {
        using var _ = text;
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t", "|"],
            HasHeaderRecord = false,
            MissingFieldFound = null,
            BadDataFound = args => badData ??= "broken quoting",
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read()) yield break;
        var header = Fields(csv);
        ResolvedColumns resolved;
        string? headerError = null;
        try
        {
            resolved = columns.Resolve(header);
        }
        catch (InvalidDataException ex)
        {
            resolved = null!;
            headerError = ex.Message;
        }
        if (headerError is not null)
        {
            yield return new ListingRead(null, new ListingIssue(name, 1, null, headerError));
            yield break;
        }
        long row = 0, previousEnd = csv.Parser.RawRow;
        while (true)
        {
            badData = null;
            bool more;
            string? error = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                more = false;
                error = ex.Message.Split('\n')[0];
            }
            if (error is not null)
            {
                yield return new ListingRead(null, new ListingIssue(name, csv.Parser.RawRow, null, error));
                yield break;
            }
            if (!more) yield break;
            row++;
            var line = previousEnd + 1; // where the row starts: a quoted field may run over several lines
            previousEnd = csv.Parser.RawRow;
            var fields = Fields(csv);
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (badData is not null)
            {
                yield return new ListingRead(null, new ListingIssue(name, line, null, $"{badData}; row skipped"));
                continue;
            }
            yield return Make(name, line, row, resolved, i => i < fields.Length ? fields[i] : null);
        }
    }

    private static string[] Fields(CsvReader csv)
    {
        var n = csv.Parser.Count;
        var fields = new string[n];
        for (var i = 0; i < n; i++) fields[i] = csv.GetField(i) ?? "";
        return fields;
    }

    private static IEnumerable<ListingRead> ReadJsonLines(StreamReader text, string name, ListingColumns columns)
    {
        using var _ = text;
        long line = 0, row = 0;
        while (text.ReadLine() is { } json)
        {
            line++;
            if (string.IsNullOrWhiteSpace(json)) continue;
            row++;
            Dictionary<string, string?> fields;
            string? error = null;
            try
            {
                fields = Flatten(json);
            }
            catch (JsonException ex)
            {
                fields = null!;
                error = $"not a JSON object ({ex.Message.Split('.')[0]})";
            }
            if (error is not null)
            {
                yield return new ListingRead(null, new ListingIssue(name, line, null, error + "; line skipped"));
                continue;
            }
            var keys = fields.Keys.ToList();
            ResolvedColumns resolved;
            try
            {
                resolved = columns.Resolve(keys);
            }
            catch (InvalidDataException ex)
            {
                resolved = null!;
                error = ex.Message;
            }
            if (error is not null)
            {
                yield return new ListingRead(null, new ListingIssue(name, line, "title", error + "; line skipped"));
                continue;
            }
            yield return Make(name, line, row, resolved, i => fields[keys[i]]);
        }
    }

    private static Dictionary<string, string?> Flatten(string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("a JSON value that is not an object.");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
            fields[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.Array => string.Join(" > ", p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                _ => p.Value.GetRawText(),
            };
        return fields;
    }

    private static ListingRead Make(string name, long line, long row, ResolvedColumns c, Func<int, string?> get)
    {
        string? Value(int? column) => column is { } i && get(i) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var title = Value(c.Title);
        var id = c.Id is null ? $"row {row}" : Value(c.Id);
        if (id is null) return new ListingRead(null, new ListingIssue(name, line, c.Name(c.Id), "no listing id; row skipped"));
        if (title is null) return new ListingRead(null, new ListingIssue(name, line, c.Name(c.Title), $"listing {id} has no title; row skipped"));
        foreach (var column in new[] { c.Id, c.Title, c.Description, c.Category, c.Brand, c.Seller })
            if (Value(column) is { } v && v.Contains('\uFFFD', StringComparison.Ordinal))
                return new ListingRead(null, new ListingIssue(name, line, c.Name(column), $"listing {id}: invalid UTF-8; row skipped"));
        return new ListingRead(new Listing(id, title, Value(c.Description), Value(c.Category), Value(c.Brand), Value(c.Seller), line), null);
    }
}
