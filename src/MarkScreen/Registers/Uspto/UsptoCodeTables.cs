using System.Collections.Frozen;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using System.Globalization;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Uspto;

/// <summary>
/// The USPTO code tables that give meaning to the bulk XML's codes: status (with USPTO's own live/dead column),
/// party type, legal entity type and drawing code. Transcribed from the office's documentation; they ship inside
/// the assembly so a fresh install needs no data files.
/// </summary>
public sealed class UsptoCodeTables
{
    private static readonly Lazy<UsptoCodeTables> s_default = new(Load);

    public static UsptoCodeTables Default => s_default.Value;

    private readonly FrozenDictionary<string, (string Description, Liveness Liveness)> _status;
    private readonly FrozenDictionary<string, string> _partyTypes;
    private readonly FrozenDictionary<string, string> _entityTypes;
    private readonly FrozenDictionary<string, (string Current, string Before2003)> _drawingCodes;

    private UsptoCodeTables(
        FrozenDictionary<string, (string, Liveness)> status,
        FrozenDictionary<string, string> partyTypes,
        FrozenDictionary<string, string> entityTypes,
        FrozenDictionary<string, (string, string)> drawingCodes)
    {
        _status = status;
        _partyTypes = partyTypes;
        _entityTypes = entityTypes;
        _drawingCodes = drawingCodes;
    }

    public bool TryGetStatus(string code, out string description, out Liveness liveness)
    {
        if (_status.TryGetValue(code, out var s))
        {
            (description, liveness) = s;
            return true;
        }
        description = "";
        liveness = Liveness.Unknown;
        return false;
    }

    public string? PartyType(string? code) =>
        code is not null && _partyTypes.TryGetValue(code.TrimStart('0').PadLeft(2, '0'), out var d) ? d : null;

    public string? EntityType(string? code) =>
        code is not null && _entityTypes.TryGetValue(code.PadLeft(2, '0'), out var d) ? d : null;

    private static readonly DateOnly s_drawingCodesChanged = new(2003, 11, 2);

    /// <summary>
    /// The drawing type is the first digit of the drawing code; its meaning changed for applications filed on or
    /// after 2 November 2003 (1 and 4 were re-purposed), so the filing date picks the column.
    /// </summary>
    public string? DrawingType(string? code, DateOnly? filed)
    {
        if (string.IsNullOrEmpty(code)) return null;
        var first = code[..1];
        if (first == "0") return "Mark drawing code not yet assigned";
        if (!_drawingCodes.TryGetValue(first, out var d)) return null;
        return filed is { } f && f < s_drawingCodesChanged ? d.Before2003 : d.Current;
    }

    /// <summary>USPTO's live/dead column reads "Live/Pending", "Dead/Cancelled", "Indifferent" ...</summary>
    internal static Liveness ParseLiveness(string indicator) =>
        indicator.StartsWith("Live", StringComparison.OrdinalIgnoreCase) ? Liveness.Live
        : indicator.StartsWith("Dead", StringComparison.OrdinalIgnoreCase) ? Liveness.Dead
        : Liveness.Unknown;

    private static UsptoCodeTables Load()
    {
        var status = ReadTable("status_codes").ToFrozenDictionary(
            r => r[0], r => (r[1], ParseLiveness(r[2])), StringComparer.Ordinal);
        var party = ReadTable("party_types").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var entity = ReadTable("entity_codes").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var drawing = ReadTable("drawing_codes").ToFrozenDictionary(r => r[0], r => (r[1], r[2]), StringComparer.Ordinal);
        return new UsptoCodeTables(status, party, entity, drawing);
    }

    private static List<string[]> ReadTable(string name)
    {
        var asm = typeof(UsptoCodeTables).Assembly;
        using var stream = asm.GetManifestResourceStream($"MarkScreen.CodeTables.{name}.csv")
            ?? throw new InvalidOperationException($"Code table '{name}' is missing from {asm.GetName().Name}.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<string[]>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var row = new string[csv.ColumnCount];
            for (var i = 0; i < row.Length; i++) row[i] = csv.GetField(i) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
