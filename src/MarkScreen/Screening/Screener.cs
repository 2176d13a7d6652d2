using MarkScreen.Index;
using MarkScreen.Judging;
using MarkScreen.Judging.Goods;
using MarkScreen.Matching;
using MarkScreen.Text;

namespace MarkScreen.Screening;

/// <summary>
/// Screens listings against a register's matching index: guesses the goods, finds every mark in the title,
/// description and seller name, judges each (FindingJudge) and suggests a safer title. Thread-safe: every thread gets
/// its own matcher over the shared, immutable index, so a caller may screen on all cores at once.
/// </summary>
public sealed class Screener : IDisposable
{
    /// <summary>Descriptions past this many characters are screened up to it: marks in page 40 of a description do not make a title risky.</summary>
    public const int MaxDescriptionLength = 20_000;

    private readonly ThreadLocal<MarkMatcher> _matchers;
    private readonly FindingJudge _judge;
    private readonly GoodsClassifier _classifier;

    public Screener(MarkIndex index, IMarkRecords records, GoodsClassifier? classifier = null, MarkStrengthJudge? strength = null)
        : this(index, records, classifier, strength, weighEveryRegistration: false)
    {
    }

    /// <summary>For tests: a screener whose judge weighs every registration of a hit (FindingJudge's simple twin).</summary>
    internal Screener(MarkIndex index, IMarkRecords records, GoodsClassifier? classifier, MarkStrengthJudge? strength, bool weighEveryRegistration)
    {
        _matchers = new ThreadLocal<MarkMatcher>(() => new MarkMatcher(index));
        _classifier = classifier ?? GoodsClassifier.Default;
        _judge = new FindingJudge(index, records, strength ?? MarkStrengthJudge.Default) { WeighEveryRegistration = weighEveryRegistration };
    }

    /// <summary>Findings below this risk are dropped before their evidence is read (the screen command's --min-risk).</summary>
    public RiskLevel MinRisk { get; init; } = RiskLevel.Low;

    public ListingResult Screen(Listing listing) => Screen([listing])[0];

    /// <summary>
    /// Screens several listings, as <see cref="Screen(Listing)"/> screens each: their titles, descriptions and sellers
    /// are matched in one batch call, which scans many texts at a time (faster over a large register; see
    /// MarkMatcher.FindSpans for batches).
    /// </summary>
    public ListingResult[] Screen(ReadOnlySpan<Listing> listings)
    {
        var texts = new List<(string Text, ListingField Field)>(listings.Length * 2);
        var firstText = new int[listings.Length + 1];
        for (var i = 0; i < listings.Length; i++)
        {
            firstText[i] = texts.Count;
            texts.AddRange(Texts(listings[i]));
        }
        firstText[listings.Length] = texts.Count;
        var hits = _matchers.Value!.Find([.. texts.Select(t => t.Text)]);
        var results = new ListingResult[listings.Length];
        for (var i = 0; i < listings.Length; i++)
        {
            var own = new FieldHits[firstText[i + 1] - firstText[i]];
            for (var t = 0; t < own.Length; t++)
            {
                var (text, field) = texts[firstText[i] + t];
                own[t] = new FieldHits(text, field, hits[firstText[i] + t]);
            }
            results[i] = Result(listings[i], own);
        }
        return results;
    }

    /// <summary>The texts of a listing that are screened, in the order findings are reported from: title, description (cut at <see cref="MaxDescriptionLength"/>), seller.</summary>
    private static IEnumerable<(string Text, ListingField Field)> Texts(Listing listing)
    {
        yield return (listing.Title, ListingField.Title);
        if (!string.IsNullOrWhiteSpace(listing.Description))
            yield return (listing.Description.Length > MaxDescriptionLength ? listing.Description[..MaxDescriptionLength] : listing.Description, ListingField.Description);
        if (!string.IsNullOrWhiteSpace(listing.Seller)) yield return (listing.Seller, ListingField.Seller);
    }

    /// <summary>One screened text of a listing and the marks found in it.</summary>
    private readonly record struct FieldHits(string Text, ListingField Field, IReadOnlyList<MarkHit> Hits);

    private ListingResult Result(Listing listing, ReadOnlySpan<FieldHits> fields)
    {
        var classes = _classifier.Classify(listing.Title, listing.Category);
        var findings = Findings(listing, classes, fields);
        SaferTitle? suggestion = null;
        if (findings.Any(NeedsRewrite)) suggestion = Rewrite(listing, classes, findings);
        return new ListingResult(listing, classes, findings, suggestion);
    }

    private List<Finding> Findings(Listing listing, IReadOnlyList<ClassGuess> classes, ReadOnlySpan<FieldHits> fields, bool titleOnly = false)
    {
        var findings = new List<Finding>();
        foreach (var (text, field, hits) in fields)
        {
            var context = new ListingContext(listing.Id, text, field, listing.Brand, classes);
            foreach (var hit in hits)
            {
                // A mark already found in the title is not reported again from the description.
                if (field == ListingField.Description && findings.Any(f => f.Field == ListingField.Title && string.Equals(f.Mark, hit.MarkText, StringComparison.OrdinalIgnoreCase))) continue;
                if (_judge.Judge(hit, context, titleOnly ? RiskLevel.Medium : MinRisk) is { } finding) findings.Add(finding);
            }
        }
        findings.Sort((a, b) => b.Score.CompareTo(a.Score));
        return findings;
    }

    /// <summary>Title findings worth rewriting: medium or high risk, other than naming what the product fits.</summary>
    private static bool NeedsRewrite(Finding f) => f.Field == ListingField.Title && f.Risk >= RiskLevel.Medium && f.Use != MarkUse.Nominative;

    /// <summary>
    /// Drops the risky terms from the title and screens the result again, up to three rounds (dropping a word can
    /// bring two others together into a new match). Nominative mentions stay: they are how a buyer finds a case
    /// that fits their phone.
    /// </summary>
    private SaferTitle Rewrite(Listing listing, IReadOnlyList<ClassGuess> classes, List<Finding> findings)
    {
        var title = listing.Title;
        var removed = new List<string>();
        var current = findings.Where(NeedsRewrite).ToList();
        List<Finding> remaining = [];
        for (var round = 0; round < 3 && current.Count > 0; round++)
        {
            var cuts = current.SelectMany(f => f.Spans.Select(s => (s.Start, s.Length, s.MatchedText))).OrderByDescending(c => c.Start).ToList();
            var chars = title.ToCharArray().ToList();
            var lastStart = int.MaxValue;
            foreach (var (start, length, text) in cuts)
            {
                if (start + length > lastStart) continue; // overlapping spans: the later one already went
                // The sign a seller put after the mark ("TOOGOO(R)", "Airbag™") goes with it.
                var cut = Math.Min(length + SignAfter(title, start + length), lastStart - start);
                chars.RemoveRange(start, cut);
                lastStart = start;
                if (!removed.Contains(text, StringComparer.OrdinalIgnoreCase)) removed.Add(text);
            }
            title = TitleCleaner.Tidy(new string([.. chars]));
            remaining = Findings(listing, classes, [new FieldHits(title, ListingField.Title, _matchers.Value!.Find(title))], titleOnly: true);
            current = [.. remaining.Where(NeedsRewrite)];
        }
        return new SaferTitle(title, removed, current.Count == 0, remaining);
    }

    /// <summary>The length of a trademark sign right at <paramref name="at"/> (®, ™, ℠, ©, or spelled out as "(R)"), or 0.</summary>
    private static int SignAfter(string title, int at) =>
        at >= title.Length ? 0 : title[at] is '®' or '™' or '℠' or '©' ? 1 : MatchText.SpelledSign(title, at);

    public void Dispose() => _matchers.Dispose();
}
