using System.Globalization;
using CsvHelper;
using MarkScreen.Judging;
using MarkScreen.Screening;

namespace MarkScreen.Reporting;

/// <summary>The JSON Lines fields as CSV columns: lists joined with ";", reasons with " | ", spans as "start+length".</summary>
public sealed class CsvFindingWriter : IParallelScreenWriter
{
    private static readonly string[] s_header =
    [
        "listing_id", "line", "title", "field", "mark", "office", "serial_number", "registration_number", "owner", "owner_country",
        "mark_classes", "listing_classes", "goods_guesses", "status", "filing_date", "registration_date", "expiry_date", "goods_class", "goods",
        "match_kind", "matched_text", "start", "length", "spans", "edit_distance", "inside_word", "mark_words", "use",
        "mark_strength", "goods_relation", "famous", "other_registrations", "risk", "score", "reasons", "suggested_title", "suggestion_clean",
    ];

    private readonly TextWriter _output;

    public CsvFindingWriter(TextWriter output)
    {
        _output = output;
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var header = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var h in s_header) header.WriteField(h);
            header.NextRecord();
        }
        _output.Write(text.ToString());
    }

    public void Write(ListingResult result, RiskLevel minRisk) => _output.Write(Render(result, minRisk));

    public void WriteRendered(string rendered) => _output.Write(rendered);

    public string Render(ListingResult result, RiskLevel minRisk)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var f in result.Findings)
        {
            if (f.Risk < minRisk) continue;
            var r = FindingRow.From(result, f);
            object?[] fields =
            [
                r.ListingId, r.Line, r.Title, r.Field, r.Mark, r.Office, r.SerialNumber, r.RegistrationNumber, r.Owner, r.OwnerCountry,
                string.Join(';', r.MarkClasses), string.Join(';', r.ListingClasses),
                string.Join(';', r.GoodsGuesses.Select(g => $"{g.Class}:{g.Confidence.ToString("0.##", CultureInfo.InvariantCulture)}")), r.Status, Date(r.FilingDate), Date(r.RegistrationDate),
                Date(r.ExpiryDate), r.GoodsClass, r.Goods, Snake(r.MatchKind), r.MatchedText, r.Start, r.Length,
                string.Join(';', r.Spans.Select(s => $"{s.Start}+{s.Length}")), r.EditDistance, r.InsideWord ? "true" : "false", r.MarkWords,
                Snake(r.Use), Snake(r.MarkStrength), Snake(r.GoodsRelation), r.Famous ? "true" : "false", r.OtherRegistrations, Snake(r.Risk),
                r.Score.ToString("0.###", CultureInfo.InvariantCulture), string.Join(" | ", r.Reasons), r.SuggestedTitle,
                r.SuggestionClean is { } c ? (c ? "true" : "false") : null,
            ];
            foreach (var field in fields) csv.WriteField(field switch { null => "", IFormattable x => x.ToString(null, CultureInfo.InvariantCulture), _ => field.ToString() });
            csv.NextRecord();
        }
        csv.Flush();
        return text.ToString();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Snake<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public void Finish(ScreenSummary summary) => _output.Flush();

    public void Dispose() => _output.Dispose();
}
