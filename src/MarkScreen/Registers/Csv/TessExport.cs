using System.Globalization;
using System.Text.RegularExpressions;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Csv;

/// <summary>
/// The header-less CSV that TESS-scraping tools write: serial number, mark, then free columns, one of which may hold
/// "IC 009. goods text…". Recognised by an eight-digit serial in the first cell.
/// </summary>
internal static partial class TessExport
{
    [GeneratedRegex(@"^IC\s*(\d{3})\.?\s*(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ClassPrefix();

    public static bool Looks(string[] row) =>
        row.Length >= 2 && row[0].Trim().Length == 8 && row[0].Trim().All(char.IsAsciiDigit) && row[1].Trim().Length > 0;

    public static ReadItem Parse(string[] row, RecordContext ctx, string fileName)
    {
        if (!Looks(row)) return ctx.Reject("serial", "expected an eight-digit serial number and a mark");
        var serial = row[0].Trim();
        ctx.Serial = serial;
        var classes = new List<GoodsClass>();
        foreach (var cell in row.Skip(2))
        {
            var m = ClassPrefix().Match(cell.Trim());
            if (!m.Success) continue;
            var code = m.Groups[1].Value;
            var n = int.Parse(code, CultureInfo.InvariantCulture);
            classes.Add(new GoodsClass { NiceClass = n is >= 1 and <= 45 ? n : null, ClassCode = code, Goods = TextCleaner.Clean(m.Groups[2].Value) });
        }
        return ctx.Ok(new TrademarkRecord
        {
            Office = "US",
            SerialNumber = serial,
            MarkText = TextCleaner.Clean(row[1]),
            Liveness = Liveness.Unknown,
            Classes = classes,
            Source = fileName,
            SourceFormat = "tess-csv",
        });
    }
}
