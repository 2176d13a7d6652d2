using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MarkScreen.Judging.Goods;

/// <summary>One Nice class: its number, heading and explanatory note (NCL 13-2026).</summary>
public sealed record NiceClass(int Number, string Heading, string Note, IReadOnlyList<string> Includes, IReadOnlyList<string> Excludes)
{
    public bool IsServices => Number >= 35;
}

/// <summary>A goods or services term of the classification and the class it sits in.</summary>
/// <param name="Context">A marketplace word that tells the goods wherever it stands in a title ("case for iPhone").</param>
public sealed record NiceTerm(string BasicNumber, int Class, string Text, string Source, bool Context = false);

/// <summary>
/// The Nice classification as shipped inside MarkScreen: the 45 class headings with notes and their "includes" and
/// "excludes" lists (NCL 13-2026, MIT via kylemcdonald/nice-classification), the 9,115 goods and services terms of
/// NCL 10-2015 (CC0 via kemitchell/nice-classification.json), and MarkScreen's own marketplace vocabulary
/// (Data/retail-terms.tsv). The current alphabetical list is GPL-licensed upstream and so is not shipped; tests
/// may read it from shared data.
/// </summary>
public sealed partial class NiceCatalogue
{
    private static readonly Lazy<NiceCatalogue> s_default = new(Load);

    public static NiceCatalogue Default => s_default.Value;

    public IReadOnlyList<NiceClass> Classes { get; }
    public IReadOnlyList<NiceTerm> Terms { get; }

    private NiceCatalogue(IReadOnlyList<NiceClass> classes, IReadOnlyList<NiceTerm> terms)
    {
        Classes = classes;
        Terms = terms;
    }

    public NiceClass? Class(int number) => number is >= 1 and <= 45 ? Classes[number - 1] : null;

    private static NiceCatalogue Load()
    {
        var classes = new List<NiceClass>(45);
        using (var json = Resource("ncl13-classes.json"))
        using (var doc = JsonDocument.Parse(json))
        {
            foreach (var c in doc.RootElement.EnumerateArray())
                classes.Add(new NiceClass(c.GetProperty("number").GetInt32(), c.GetProperty("heading").GetString() ?? "",
                    c.GetProperty("note").GetString() ?? "", Strings(c, "includes"), Strings(c, "excludes")));
        }
        classes.Sort((a, b) => a.Number.CompareTo(b.Number));
        if (classes.Count != 45 || classes[^1].Number != 45) throw new InvalidDataException("ncl13-classes.json must list classes 1..45");

        var terms = new List<NiceTerm>(11_000);
        foreach (var c in classes)
        {
            foreach (var part in c.Heading.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                terms.Add(new NiceTerm("", c.Number, part.TrimEnd('.'), "NCL 13 heading"));
            foreach (var inc in c.Includes) terms.Add(new NiceTerm("", c.Number, inc.TrimEnd(';', '.'), "NCL 13 note"));
            // "raw natural resins (Cl. 2), semi-processed artificial resins (Cl. 17)": each part belongs to the class it names.
            foreach (var exc in c.Excludes)
                foreach (Match m in ExcludedPart().Matches(exc))
                    if (int.TryParse(m.Groups[2].ValueSpan, out var other) && other is >= 1 and <= 45)
                        terms.Add(new NiceTerm("", other, m.Groups[1].Value.Trim(' ', ',', ';'), "NCL 13 note"));
        }
        foreach (var (fields, _) in Tsv("ncl10-terms.tsv"))
            if (fields.Length == 3 && int.TryParse(fields[1], out var cls)) terms.Add(new NiceTerm(fields[0], cls, fields[2], "NCL 10"));
        foreach (var (fields, line) in Tsv("retail-terms.tsv"))
        {
            if (fields.Length is < 2 or > 3 || !int.TryParse(fields[1], out var cls) || cls is < 1 or > 45 || (fields.Length == 3 && fields[2] != "context"))
                throw new InvalidDataException($"retail-terms.tsv line {line}: expected 'words<TAB>class[<TAB>context]'");
            terms.Add(new NiceTerm("", cls, fields[0], "marketplace", fields.Length == 3));
        }
        return new NiceCatalogue(classes, terms);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray().Select(x => x.GetString() ?? "")] : [];

    private static IEnumerable<(string[] Fields, int Line)> Tsv(string name)
    {
        using var reader = new StreamReader(Resource(name));
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            yield return (text.Split('\t'), line);
        }
    }

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("MarkScreen.Goods." + name)
        ?? throw new InvalidOperationException($"embedded resource {name} missing");

    [GeneratedRegex(@"([^,;()]+?)\s*\(Cl\.\s*(\d{1,2})\)")]
    private static partial Regex ExcludedPart();
}
