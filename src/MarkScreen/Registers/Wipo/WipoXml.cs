using System.Xml;
using System.Xml.Linq;

namespace MarkScreen.Registers.Wipo;

/// <summary>
/// Namespace-agnostic navigation over WIPO ST.66 / ST.96 elements. The standards have been published under several
/// namespace URIs (ST.96 1.x, ST.96 2.x/3.x, office extensions), so readers address elements by local name.
/// </summary>
internal static class WipoXml
{
    public static XElement? At(this XElement? e, params string[] path)
    {
        foreach (var name in path)
        {
            if (e is null) return null;
            e = e.Elements().FirstOrDefault(c => c.Name.LocalName == name);
        }
        return e;
    }

    public static IEnumerable<XElement> All(this XElement? e, params string[] path)
    {
        if (e is null) return [];
        IEnumerable<XElement> current = [e];
        foreach (var name in path) current = current.SelectMany(c => c.Elements().Where(x => x.Name.LocalName == name));
        return current;
    }

    public static string? Val(this XElement? e, params string[] path) => TextCleaner.Clean(e.At(path)?.Value);

    public static bool? Bool(this XElement? e, params string[] path) => e.Val(path) switch
    {
        null => null,
        var v when v.Equals("true", StringComparison.OrdinalIgnoreCase) || v is "Y" or "T" or "1" => true,
        _ => false,
    };

    public static string? Attr(this XElement? e, string localName) =>
        e?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    public static long Line(this XObject? o) => o is IXmlLineInfo li && li.HasLineInfo() ? li.LineNumber : 0;

    /// <summary>"009" → 9; anything outside Nice 1..45 → null.</summary>
    public static int? NiceClass(string? code) =>
        int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 45 ? n : null;
}
