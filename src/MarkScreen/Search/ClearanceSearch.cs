using MarkScreen.Index;
using MarkScreen.Marks;
using MarkScreen.Matching;
using MarkScreen.Screening;
using MarkScreen.Text;

namespace MarkScreen.Search;

/// <summary>What a clearance search asks: the text, and filters on class, owner, filing date and status (live by
/// default; null for any).</summary>
public sealed record SearchQuery(string Text, IReadOnlyList<int>? Classes = null, string? Owner = null, DateOnly? FiledFrom = null, DateOnly? FiledTo = null, int Limit = 20,
    Liveness? Status = Liveness.Live);

/// <summary>One register entry ranked for a search, with how it matched and why it ranks where it does.</summary>
public sealed record SearchHit(long StoreId, string Mark, string Office, string SerialNumber, string? RegistrationNumber, IReadOnlyList<int> Classes,
    Liveness Liveness, string? Owner, string? Status, DateOnly? FilingDate, DateOnly? RegistrationDate, double Score, string How, string Why);

/// <summary>
/// Clearance search over the live word marks of the matching index, forgiving the way the offices' tools are not:
/// the query is run through the matcher (so a mark it equals exactly, after normalisation, through look-alikes or
/// leetspeak, within a typo or by sound is found, and so is a mark it contains), and through a sorted array of mark
/// skeletons for marks that start with it (type-ahead). The index holds live marks only: dead ones, when asked for,
/// come from a scan of the store by text. Each hit is scored by how it matched and says why; filters (classes,
/// owner, filing dates) apply before the limit. Thread-safe (records and scans go through each thread's own
/// read-only connection).
/// </summary>
public sealed class ClearanceSearch : IDisposable
{
    private readonly MarkIndex _index;
    private readonly StoreRecords _records;
    private readonly ThreadLocal<MarkMatcher> _matchers;

    public ClearanceSearch(MarkIndex index, StoreRecords records)
    {
        _index = index;
        _records = records;
        _matchers = new ThreadLocal<MarkMatcher>(() => new MarkMatcher(index));
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var text = query.Text.Trim();
        if (text.Length == 0) return [];
        List<SearchHit> hits = query.Status == Liveness.Dead ? [] : SearchIndex(query, text);
        if (query.Status == Liveness.Live) return hits;
        var byText = _records.FindByText(text, query.Status, query.Limit * 4)
            .Where(m => !hits.Any(h => h.StoreId == m.Id) && Passes(query, m.Record.NiceClasses, m.Record))
            .Select(m =>
            {
                var r = m.Record;
                var exact = string.Equals(r.MarkText, text, StringComparison.OrdinalIgnoreCase);
                return new SearchHit(m.Id, r.MarkText ?? "", r.Office, r.SerialNumber, r.RegistrationNumber, r.NiceClasses, r.Liveness, r.CurrentOwner?.Name, r.Status,
                    r.FilingDate, r.RegistrationDate, exact ? 0.9 : 0.5, exact ? "exact" : "contains", exact ? "the same text" : "its text contains yours");
            });
        return [.. hits.Concat(byText).OrderByDescending(h => h.Score).Take(query.Limit)];
    }

    /// <summary>The filters a hit must pass, on its classes and its record (owner, filing date).</summary>
    private static bool Passes(SearchQuery query, IReadOnlyList<int> classes, TrademarkRecord? record)
    {
        if (query.Classes is { Count: > 0 } wanted && !classes.Any(wanted.Contains)) return false;
        if (query.Owner is { Length: > 0 } o && record?.CurrentOwner?.Name.Contains(o, StringComparison.OrdinalIgnoreCase) != true) return false;
        if (query.FiledFrom is { } from && (record?.FilingDate is not { } f1 || f1 < from)) return false;
        if (query.FiledTo is { } to && (record?.FilingDate is not { } f2 || f2 > to)) return false;
        return true;
    }

    private List<SearchHit> SearchIndex(SearchQuery query, string text)
    {
        var candidates = new Dictionary<int, (double Score, string How, string Why)>();
        void Offer(int pattern, double score, string how, string why)
        {
            if (!candidates.TryGetValue(pattern, out var known) || known.Score < score) candidates[pattern] = (score, how, why);
        }

        var skeleton = MatchText.SkeletonKey(text);
        foreach (var hit in _matchers.Value!.Find(text))
        {
            var whole = hit.Spans.Any(s => s.Start <= FirstLetter(text) && s.Start + s.Length >= LastLetter(text));
            var matched = text.Substring(hit.Spans[0].Start, hit.Spans[0].Length);
            if (whole)
            {
                var (score, how) = hit.Kind switch
                {
                    MatchKind.Exact => (1.0, "exact"),
                    MatchKind.Spaced or MatchKind.Compound => (0.95, "normalised"),
                    MatchKind.Homoglyph => (0.93, "homoglyph"),
                    MatchKind.Leetspeak => (0.92, "leetspeak"),
                    MatchKind.Fuzzy => (0.85 - 0.05 * hit.Spans[0].EditDistance, "fuzzy"),
                    _ => (0.75, "phonetic"),
                };
                Offer(hit.Pattern, score, how, how switch
                {
                    "exact" => "the same mark once case, spacing and punctuation are set aside",
                    "fuzzy" => $"{hit.Spans[0].EditDistance} letter(s) away",
                    "phonetic" => "sounds the same",
                    _ => $"reads the same with look-alike letters ({hit.Kind.ToString().ToLowerInvariant()})",
                });
            }
            else
            {
                var share = (double)hit.MarkLength / Math.Max(1, skeleton.Length);
                Offer(hit.Pattern, 0.5 + 0.3 * share, "contained", $"your text contains it (\"{matched}\")");
            }
        }
        foreach (var pattern in StartingWith(skeleton, 200))
        {
            var share = (double)skeleton.Length / Math.Max(1, _index.PatternLength(pattern));
            if (share < 1) Offer(pattern, 0.45 + 0.4 * share, "prefix", "starts with your text");
        }

        var hits = new List<SearchHit>();
        foreach (var (pattern, (score, how, why)) in candidates.OrderByDescending(c => c.Value.Score).ThenBy(c => _index.PatternLength(c.Key)))
        {
            foreach (var m in _index.MarksOfPattern(pattern).ToArray())
            {
                var info = _index.Mark(m);
                // Classes first: they are in the index, so most misses never read a record.
                if (query.Classes is { Count: > 0 } classes && !info.NiceClasses.Any(classes.Contains)) continue;
                var record = _records.Get(info.StoreId);
                if (!Passes(query, info.NiceClasses, record)) continue;
                hits.Add(new SearchHit(info.StoreId, info.Text, info.Office, info.SerialNumber, info.RegistrationNumber, info.NiceClasses, info.Liveness,
                    record?.CurrentOwner?.Name, record?.Status, record?.FilingDate, record?.RegistrationDate, Math.Round(score, 3), how, why));
                if (hits.Count >= query.Limit) return hits;
            }
        }
        return hits;
    }

    /// <summary>Patterns whose skeleton starts with <paramref name="prefix"/>, in skeleton order, by binary search over the index's sorted order.</summary>
    private List<int> StartingWith(string prefix, int max)
    {
        var found = new List<int>();
        if (prefix.Length < 2) return found;
        var sorted = _index.PatternsBySkeleton;
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_index.Skeleton(sorted[mid]).SequenceCompareTo(prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < sorted.Length && i < lo + max && _index.Skeleton(sorted[i]).StartsWith(prefix, StringComparison.Ordinal); i++)
            found.Add(sorted[i]);
        return found;
    }

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++) if (char.IsLetterOrDigit(text[i])) return i;
        return 0;
    }

    private static int LastLetter(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--) if (char.IsLetterOrDigit(text[i])) return i + 1;
        return text.Length;
    }

    public void Dispose() => _matchers.Dispose();
}
