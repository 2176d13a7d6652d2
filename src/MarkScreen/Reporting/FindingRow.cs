using MarkScreen.Judging;
using MarkScreen.Matching;
using MarkScreen.Screening;

namespace MarkScreen.Reporting;

/// <summary>
/// One finding as the screen command writes it (JSON Lines object, CSV row): the listing it belongs to, the record
/// it cites, what matched, the judgement and its reasons, and the safer title suggested for the listing.
/// </summary>
public sealed record FindingRow(
    string ListingId,
    long Line,
    string Title,
    string Field,
    string Mark,
    string Office,
    string SerialNumber,
    string? RegistrationNumber,
    string? Owner,
    string? OwnerCountry,
    IReadOnlyList<int> MarkClasses,
    IReadOnlyList<int> ListingClasses,
    IReadOnlyList<GoodsGuessRow> GoodsGuesses,
    string? Status,
    DateOnly? FilingDate,
    DateOnly? RegistrationDate,
    DateOnly? ExpiryDate,
    int? GoodsClass,
    string? Goods,
    MatchKind MatchKind,
    string MatchedText,
    int Start,
    int Length,
    IReadOnlyList<FoundSpan> Spans,
    int EditDistance,
    bool InsideWord,
    int MarkWords,
    MarkUse Use,
    MarkStrength MarkStrength,
    GoodsRelation GoodsRelation,
    bool Famous,
    int OtherRegistrations,
    RiskLevel Risk,
    double Score,
    IReadOnlyList<string> Reasons,
    string? SuggestedTitle,
    bool? SuggestionClean)
{
    public static FindingRow From(ListingResult result, Finding f) => new(
        f.ListingId, result.Listing.Line, result.Listing.Title, f.Field.ToString().ToLowerInvariant(), f.Mark, f.Office, f.SerialNumber,
        f.RegistrationNumber, f.Owner, f.OwnerCountry, f.MarkClasses, f.ListingClasses,
        [.. result.Classes.Select(GoodsGuessRow.From)], f.Status, f.FilingDate, f.RegistrationDate,
        f.ExpiryDate, f.GoodsClass, f.Goods, f.MatchKind, f.MatchedText, f.Start, f.Length, f.Spans, f.EditDistance, f.InsideWord,
        f.MarkWords, f.Use, f.MarkStrength, f.GoodsRelation, f.Famous, f.OtherRegistrations, f.Risk, f.Score, f.Reasons,
        result.Suggestion?.Text, result.Suggestion?.Clean);
}

/// <summary>A probable class of the listing's goods: how sure, the words behind it and the classification term they come from.</summary>
public sealed record GoodsGuessRow(int Class, double Confidence, string Because, string? Term)
{
    public static GoodsGuessRow From(Judging.Goods.ClassGuess guess) => new(guess.Class, guess.Confidence, guess.Because, guess.Term?.Text);
}

/// <summary>Where screening results go, one listing at a time, then the summary.</summary>
public interface IScreenWriter : IDisposable
{
    void Write(ListingResult result, RiskLevel minRisk);
    void Finish(ScreenSummary summary);
}

/// <summary>
/// A writer whose output for one listing can be rendered on any thread (Render) and written later in order
/// (WriteRendered): screening threads then do the formatting, and the writing thread only copies text.
/// </summary>
public interface IParallelScreenWriter : IScreenWriter
{
    string Render(ListingResult result, RiskLevel minRisk);
    void WriteRendered(string rendered);
}

/// <summary>What a screening run saw: counts by risk, the marks found most, the rows it had to skip.</summary>
public sealed class ScreenSummary
{
    public long Listings { get; set; }
    public long ListingsWithFindings { get; set; }
    public long Findings { get; set; }
    public Dictionary<RiskLevel, long> ByRisk { get; } = new() { [RiskLevel.High] = 0, [RiskLevel.Medium] = 0, [RiskLevel.Low] = 0 };
    public Dictionary<string, long> ByMark { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<Screening.ListingIssue> Issues { get; } = [];
    public long IssueCount { get; set; }
    public TimeSpan Elapsed { get; set; }
    public string? Register { get; set; }
    public string? Input { get; set; }

    public void Add(ListingResult result)
    {
        Listings++;
        if (result.Findings.Count > 0) ListingsWithFindings++;
        foreach (var f in result.Findings)
        {
            Findings++;
            ByRisk[f.Risk]++;
            if (f.Risk >= RiskLevel.Medium) ByMark[f.Mark] = ByMark.GetValueOrDefault(f.Mark) + 1;
        }
    }

    /// <summary>Keeps the first issues in full (a report of a million broken rows helps nobody) and counts the rest.</summary>
    public void Add(Screening.ListingIssue issue)
    {
        IssueCount++;
        if (Issues.Count < 1000) Issues.Add(issue);
    }

    public IEnumerable<(string Mark, long Count)> TopMarks(int n) =>
        ByMark.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(n).Select(p => (p.Key, p.Value));
}
