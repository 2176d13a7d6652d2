using System.Globalization;
using System.Net;
using System.Text;
using MarkScreen.Judging;
using MarkScreen.Screening;

namespace MarkScreen.Reporting;

/// <summary>
/// A self-contained HTML report (no scripts or fonts from elsewhere): each listing with findings, its title with the
/// matches highlighted by risk, the evidence of every finding, the safer title; sortable by risk and filterable.
/// Written as the listings stream past, so memory stays flat; the summary comes last in the file and is shown first
/// (CSS order). Past <see cref="MaxListings"/> listings it stops adding cards and says so: JSON Lines holds them all.
/// </summary>
public sealed class HtmlReportWriter : IScreenWriter
{
    public const int MaxListings = 20_000;

    private readonly TextWriter _out;
    private int _cards;
    private long _omitted;

    public HtmlReportWriter(TextWriter output, string title)
    {
        _out = output;
        _out.Write(HtmlTemplate.Head.Replace("{{TITLE}}", E(title), StringComparison.Ordinal));
    }

    public void Write(ListingResult result, RiskLevel minRisk)
    {
        var findings = result.Findings.Where(f => f.Risk >= minRisk).ToList();
        if (findings.Count == 0) return;
        if (_cards >= MaxListings)
        {
            _omitted++;
            return;
        }
        _cards++;
        var l = result.Listing;
        var risk = findings.Max(f => f.Risk);
        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture, $"<article class=\"listing r-{Lower(risk)}\" data-risk=\"{(int)risk}\" data-score=\"{findings.Max(f => f.Score).ToString("0.###", CultureInfo.InvariantCulture)}\" data-order=\"{_cards}\" tabindex=\"0\">");
        sb.Append(CultureInfo.InvariantCulture, $"<header><span class=\"badge b-{Lower(risk)}\">{Lower(risk)}</span> <span class=\"id\">{E(l.Id)}</span>");
        if (l.Line > 0) sb.Append(CultureInfo.InvariantCulture, $" <span class=\"muted\">line {l.Line}</span>");
        if (result.Classes.Count > 0)
            sb.Append(" <span class=\"classes\">goods: ").Append(string.Join(" ", result.Classes.Select(c =>
                $"<span class=\"chip\" title=\"{E(c.Because)}{(c.Term is null ? "" : " — " + E(c.Term.Text))}\">class {c.Class} · {c.Confidence.ToString("P0", CultureInfo.InvariantCulture)}</span>"))).Append("</span>");
        sb.Append("</header>");
        sb.Append("<h2 class=\"title\">").Append(Highlight(l.Title, findings.Where(f => f.Field == ListingField.Title))).Append("</h2>");
        if (l.Brand is not null || l.Seller is not null || l.Category is not null)
        {
            sb.Append("<p class=\"meta\">");
            if (l.Brand is not null) sb.Append("brand <b>").Append(E(l.Brand)).Append("</b> ");
            if (l.Seller is not null) sb.Append("seller <b>").Append(Highlight(l.Seller, findings.Where(f => f.Field == ListingField.Seller))).Append("</b> ");
            if (l.Category is not null) sb.Append("category ").Append(E(l.Category));
            sb.Append("</p>");
        }
        if (result.Suggestion is { } s)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"suggestion {(s.Clean ? "clean" : "unclean")}\"><span class=\"label\">Safer title</span> {E(s.Text)}");
            sb.Append(s.Clean ? " <span class=\"ok\">✓ re-screened: no medium or high risk left</span>" : " <span class=\"warn\">⚠ still risky after rewriting; rework by hand</span>");
            if (s.Removed.Count > 0) sb.Append(" <span class=\"muted\">removed: ").Append(E(string.Join(", ", s.Removed))).Append("</span>");
            sb.Append("</p>");
        }
        foreach (var f in findings) AppendFinding(sb, f);
        sb.Append("</article>\n");
        _out.Write(sb.ToString());
    }

    private static void AppendFinding(StringBuilder sb, Finding f)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<details class=\"finding\"{(f.Risk == RiskLevel.High ? " open" : "")}><summary><span class=\"badge b-{Lower(f.Risk)}\">{Lower(f.Risk)} {f.Score.ToString("0.00", CultureInfo.InvariantCulture)}</span> ");
        sb.Append(CultureInfo.InvariantCulture, $"<b class=\"mark\">{E(f.Mark)}</b> <span class=\"muted\">{Lower(f.MatchKind)} · {Lower(f.Use)} use · {Lower(f.Field)} · “{E(f.MatchedText)}”</span></summary>");
        sb.Append("<dl class=\"evidence\">");
        Row(sb, "record", $"{f.Office} {(f.RegistrationNumber is null ? "" : "reg. " + f.RegistrationNumber + " · ")}serial {f.SerialNumber}" + (f.OtherRegistrations > 0 ? $" (+{f.OtherRegistrations} sharing the spelling)" : ""));
        if (f.Owner is not null) Row(sb, "owner", f.Owner + (f.OwnerCountry is null ? "" : $" ({f.OwnerCountry})"));
        Row(sb, "classes", f.MarkClasses.Count == 0 ? "all (brand list)" : string.Join(", ", f.MarkClasses));
        Row(sb, "status", string.Join(" · ", new[] { f.Status, D("filed", f.FilingDate), D("registered", f.RegistrationDate), D("renewal due", f.ExpiryDate) }.Where(x => x is not null)));
        if (f.Goods is not null) Row(sb, $"goods (class {f.GoodsClass})", f.Goods.Length > 600 ? f.Goods[..600] + "…" : f.Goods);
        Row(sb, "spans", string.Join(", ", f.Spans.Select(s => $"“{s.MatchedText}” at {s.Start}")));
        sb.Append("</dl><ul class=\"reasons\">");
        foreach (var r in f.Reasons) sb.Append("<li>").Append(E(r)).Append("</li>");
        sb.Append("</ul></details>");
    }

    private static void Row(StringBuilder sb, string name, string value) =>
        sb.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value)).Append("</dd>");

    private static string? D(string what, DateOnly? date) => date is { } d ? $"{what} {d:yyyy-MM-dd}" : null;

    /// <summary>The text with each finding's spans wrapped in a mark element coloured by risk; overlaps keep the riskier.</summary>
    internal static string Highlight(string text, IEnumerable<Finding> findings)
    {
        var marks = findings.SelectMany(f => f.Spans.Select(s => (s.Start, End: s.Start + s.Length, f.Risk, f.Mark, Why: f.Reasons.Count > 1 ? f.Reasons[1] : "")))
            .Where(m => m.Start >= 0 && m.End <= text.Length).OrderBy(m => m.Start).ThenByDescending(m => m.Risk).ToList();
        var sb = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var m in marks)
        {
            if (m.Start < at) continue;
            sb.Append(E(text[at..m.Start]));
            sb.Append(CultureInfo.InvariantCulture, $"<mark class=\"m-{Lower(m.Risk)}\" title=\"{E(m.Mark)}: {E(m.Why)}\">{E(text[m.Start..m.End])}</mark>");
            at = m.End;
        }
        sb.Append(E(text[at..]));
        return sb.ToString();
    }

    public void Finish(ScreenSummary summary)
    {
        var sb = new StringBuilder();
        if (_cards == 0) sb.Append("<p class=\"empty\">No findings at or above the chosen risk.</p>");
        if (_omitted > 0) sb.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{_omitted:N0} more listings with findings are not shown here (the report stops at {MaxListings:N0}); write JSON Lines or CSV for all of them.</p>");
        sb.Append("</main><section id=\"summary\"><h1>MarkScreen report</h1>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(summary.Input ?? "")} screened against {E(summary.Register ?? "")} · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {summary.Elapsed.TotalSeconds:N1} s</p>");
        sb.Append("<div class=\"cards\">");
        Card(sb, "listings", summary.Listings, "");
        Card(sb, "with findings", summary.ListingsWithFindings, "");
        Card(sb, "high", summary.ByRisk[RiskLevel.High], "c-high");
        Card(sb, "medium", summary.ByRisk[RiskLevel.Medium], "c-medium");
        Card(sb, "low", summary.ByRisk[RiskLevel.Low], "c-low");
        Card(sb, "rows skipped", summary.IssueCount, "");
        sb.Append("</div>");
        var top = summary.TopMarks(12).ToList();
        if (top.Count > 0)
            sb.Append("<p>Marks behind most medium and high findings: ").Append(string.Join(", ", top.Select(t => $"<b>{E(t.Mark)}</b> {t.Count:N0}"))).Append("</p>");
        if (summary.Issues.Count > 0)
        {
            sb.Append("<details><summary>Rows skipped</summary><ul>");
            foreach (var i in summary.Issues.Take(200)) sb.Append("<li>").Append(E(i.ToString())).Append("</li>");
            sb.Append("</ul></details>");
        }
        sb.Append(HtmlTemplate.Controls).Append("</section>").Append(HtmlTemplate.Tail);
        _out.Write(sb.ToString());
        _out.Flush();
    }

    private static void Card(StringBuilder sb, string name, long value, string css) =>
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"card {css}\"><div class=\"n\">{value:N0}</div><div>{E(name)}</div></div>");

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    public void Dispose() => _out.Dispose();
}
