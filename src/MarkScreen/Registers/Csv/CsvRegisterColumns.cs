namespace MarkScreen.Registers.Csv;

/// <summary>
/// Header names accepted for each field of a CSV register, compared after lower-casing and turning spaces and
/// hyphens into underscores ("Serial Number" = "serial-number" = "serial_number").
/// </summary>
internal sealed class CsvRegisterColumns
{
    private static readonly Dictionary<string, string[]> s_aliases = new(StringComparer.Ordinal)
    {
        ["mark"] = ["mark", "mark_text", "trademark", "word_mark", "brand", "brand_name"],
        ["owner"] = ["owner", "owner_name", "applicant", "holder", "registrant"],
        ["classes"] = ["classes", "class", "nice_classes", "nice_class", "international_classes"],
        ["status"] = ["status", "liveness", "live_dead"],
        ["serial_number"] = ["serial_number", "serial", "application_number", "app_number"],
        ["registration_number"] = ["registration_number", "registration", "reg_number", "reg_no"],
        ["filing_date"] = ["filing_date", "application_date"],
        ["registration_date"] = ["registration_date", "reg_date"],
        ["goods"] = ["goods", "goods_services", "goods_and_services", "description"],
        ["country"] = ["country", "owner_country"],
        ["office"] = ["office", "registration_office"],
        ["source"] = ["source"],
    };

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public CsvRegisterColumns(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var h = Normalize(header[i]);
            foreach (var (field, aliases) in s_aliases)
                if (!_index.ContainsKey(field) && aliases.Contains(h, StringComparer.Ordinal)) _index[field] = i;
        }
    }

    public bool HasMark => _index.ContainsKey("mark");

    public int? this[string field] => _index.TryGetValue(field, out var i) ? i : null;

    internal static string Normalize(string header) =>
        header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
