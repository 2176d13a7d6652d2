using System.Globalization;
using MarkScreen.Index;
using MarkScreen.Judging.Goods;
using MarkScreen.Marks;
using MarkScreen.Matching;
using MarkScreen.Text;

namespace MarkScreen.Judging;

/// <summary>Full records by store id, for the evidence a finding cites. Implementations must be thread-safe.</summary>
public interface IMarkRecords
{
    TrademarkRecord? Get(long storeId);
}

/// <summary>What the judge knows of the listing a hit came from.</summary>
public sealed record ListingContext(string ListingId, string Text, ListingField Field, string? Brand, IReadOnlyList<ClassGuess> Classes)
{
    private List<GoodsWords.Word>? _words;

    /// <summary>The text's words, split once however many marks are judged in it.</summary>
    public List<GoodsWords.Word> Words => _words ??= GoodsWords.Split(Text);
}

/// <summary>
/// Turns one raw hit into a finding: picks the registration that weighs most among those sharing the spelling, judges
/// goods relevance, use and strength, scores the risk (see RiskScorer) and writes the reasons in words a seller reads.
/// </summary>
public sealed partial class FindingJudge(MarkIndex index, IMarkRecords records, MarkStrengthJudge strength)
{
    /// <summary>Spellings shared by more registrations than this are judged on the first ones only (NOVA has hundreds).</summary>
    private const int MaxRegistrationsJudged = 64;

    /// <summary>Listing classes below this confidence do not count as the listing's goods.</summary>
    public const double ClassConfidence = 0.2;

    /// <summary>
    /// The finding for <paramref name="hit"/>, or null when the hit is incidental (see <see cref="Incidental"/>) or
    /// scores below <paramref name="minRisk"/> (then the record is never read: the evidence costs nothing).
    /// </summary>
    public Finding? Judge(MarkHit hit, ListingContext listing, RiskLevel minRisk = RiskLevel.Low)
    {
        if (Incidental(hit, listing.Text)) return null;
        var listingClasses = listing.Classes.Where((g, i) => i == 0 || g.Confidence >= ClassConfidence).Select(g => g.Class).ToList();
        var span = hit.Spans[0];
        var registrations = hit.Marks;
        var starts = hit.Spans.Select(s => s.Start).ToList();
        var infos = WeighEveryRegistration ? AllOf(registrations, out var famous) : Distinct(registrations, out famous);
        var matched = listing.Text.Substring(span.Start, span.Length);
        var matchedFold = MatchText.FoldKey(matched);
        bool? plainMatched = null;
        var uses = new Dictionary<string, (MarkUse, string)>(StringComparer.Ordinal);
        // Registrations of a spelling mostly share its text: folded once, not once each.
        // A spelling otherwise than the text is a look-alike unless its letters differ by I/l swaps drawn plainly
        // ("LCD" is no ICD; see LetterSwaps).
        (string? Text, bool Same, LetterSwaps.Verdict Swaps) spelling = (null, false, LetterSwaps.Verdict.NotSwaps);
        bool SpeltAlike(string text)
        {
            if (!string.Equals(spelling.Text, text, StringComparison.Ordinal))
            {
                var markFold = MatchText.FoldKey(text);
                var same = SameSpelling(matchedFold, markFold, hit.Kind);
                spelling = (text, same, same ? LetterSwaps.Verdict.NotSwaps : LetterSwaps.Of(matched, markFold));
            }
            return spelling.Same;
        }
        Registration? chosen = null;
        (double Score, RiskLevel Level) bestScore = (-1, RiskLevel.Low);
        RiskFactors? bestFactors = null;
        (GoodsRelation Relation, int? MarkClass, int? ListingClass, string? Why) bestRelation = default;
        (MarkStrength, string) bestStrength = default;
        (MarkUse, string) bestUse = default;
        foreach (var info in infos)
        {
            var kind = hit.Kind;
            // Spellings that share a skeleton share a hit: "Fit" in a title hits both FIT and FLT. For a registration
            // spelt otherwise than the text, the match is a look-alike, and a plain word is no look-alike of anything.
            // A look-alike the matcher named is judged per spelling too: "ba ii" may look like no BALL where another
            // spelling with its skeleton made the hit.
            if (kind == MatchKind.Homoglyph && !SpeltAlike(info.Text) && spelling.Swaps == LetterSwaps.Verdict.Plain) continue;
            if (kind is MatchKind.Exact or MatchKind.Spaced or MatchKind.Compound && !SpeltAlike(info.Text))
            {
                plainMatched ??= strength.IsEverydayText(matched);
                // Nor is a hit shorter than the matcher's disguises a look-alike ("4D" is no AD, "dl" no D1).
                if (plainMatched == true || spelling.Swaps == LetterSwaps.Verdict.Plain || hit.MarkLength < MarkMatcher.MinDisguisedLength) continue;
                kind = MatchKind.Homoglyph;
            }
            // A number is never disguised: "64gb", read through the skeleton's letter classes as 9498, is another
            // number. A mark of digits alone is found as written, or glued on ("9498ml").
            if (kind is not (MatchKind.Exact or MatchKind.Compound) && IsNumber(info.Text)) continue;
            var relation = ClassRelations.Relate(info.Classes, listingClasses);
            var markStrength = strength.Judge(info.Text, listingClasses.Count > 0 ? listingClasses[0] : null);
            if (!uses.TryGetValue(info.Text, out var use))
            {
                // A word that reads as plain English is used descriptively; a misspelt or disguised one ("AIRDOPS") is a name.
                var plain = markStrength.Strength != MarkStrength.Coined && (plainMatched ??= strength.IsEverydayText(matched));
                uses[info.Text] = use = UseDetector.Detect(listing.Text, listing.Words, starts, listing.Field, info.Text, plain, listing.Brand);
            }
            var factors = new RiskFactors(kind, span.EditDistance, relation.Relation, famous, use.Item1, markStrength.Strength,
                IsRegistered(info), listing.Field, listing.Field != ListingField.Seller && UseDetector.IsDeclaredBrand(listing.Brand, info.Text));
            var score = RiskScorer.Score(factors);
            if (score.Score > bestScore.Score)
                (chosen, bestScore, bestFactors, bestRelation, bestStrength, bestUse) = (info, score, factors, relation, markStrength, use);
        }
        if (chosen is not { } winner || bestScore.Level < minRisk) return null;
        // Only the registration cited has its entry built.
        var best = Mark(winner.Id);
        var record = records.Get(best.StoreId);
        var goodsClass = bestRelation.MarkClass ?? (best.NiceClasses.Count > 0 ? best.NiceClasses[0] : null);
        var goods = record?.Classes.FirstOrDefault(c => c.NiceClass == goodsClass)?.Goods;
        var reasons = Reasons(hit, listing, best, record, bestFactors!, bestRelation, bestStrength.Item2 ?? "", bestUse.Item2 ?? "", famous, goods, registrations.Count);
        return new Finding
        {
            ListingId = listing.ListingId,
            Field = listing.Field,
            Mark = best.Text,
            Office = best.Office,
            SerialNumber = best.SerialNumber,
            RegistrationNumber = best.RegistrationNumber,
            Owner = record?.CurrentOwner?.Name,
            OwnerCountry = record?.CurrentOwner?.Country,
            MarkClasses = best.NiceClasses,
            ListingClasses = listingClasses,
            Status = record?.Status ?? best.Liveness.ToString().ToLowerInvariant(),
            FilingDate = record?.FilingDate,
            RegistrationDate = record?.RegistrationDate,
            ExpiryDate = record?.ExpiryDate,
            GoodsClass = goods is null ? null : goodsClass,
            Goods = goods,
            MatchKind = bestFactors!.Kind,
            MatchedText = listing.Text.Substring(span.Start, span.Length),
            Start = span.Start,
            Length = span.Length,
            Spans = [.. hit.Spans.Select(s => new FoundSpan(listing.Text.Substring(s.Start, s.Length), s.Start, s.Length, s.Kind, s.InsideWord, s.EditDistance))],
            EditDistance = span.EditDistance,
            InsideWord = span.InsideWord,
            MarkWords = hit.MarkWords,
            Use = bestUse.Item1,
            MarkStrength = bestStrength.Item1,
            GoodsRelation = bestRelation.Relation,
            Famous = famous,
            OtherRegistrations = registrations.Count - 1,
            Risk = bestScore.Level,
            Score = bestScore.Score,
            Reasons = reasons,
        };
    }

    /// <summary>
    /// Hits that are not a use of the mark at all, dropped before judging: a "misspelling" or sound-alike that is itself
    /// a real word ("Cover" is not a typo of COVER-like marks such as CODER; "Summer" does not disguise ZIMMER), and a
    /// mark glued inside a longer word that is an everyday word ("Silicone" contains ICON, "Keychain" CHAI) or when the
    /// mark itself is an everyday word ("AutoParts" contains AUTO). Disguises are kept: they are what counterfeiters use.
    /// </summary>
    private bool Incidental(MarkHit hit, string text)
    {
        // One or two letters ("X", "BT") from a list with no classes: every title has some.
        if (hit.MarkLength <= 2 && index.Facts.NoneHasClasses(index.MarksOfPattern(hit.Pattern))) return true;
        if (hit.Kind is MatchKind.Fuzzy or MatchKind.Phonetic)
            return hit.Spans.All(s => strength.IsEverydayText(text.Substring(s.Start, s.Length)));
        // A look-alike inside a longer word ("Mario" read as ARLO, "Jewels5" as WEISS) is chance, not a disguise.
        if (hit.Kind is MatchKind.Homoglyph or MatchKind.Leetspeak or MatchKind.Spaced && hit.Spans.All(s => s.InsideWord)) return true;
        // Digits for letters inside one word ("N1KE", "pyth0n"), not a number ("2014") or a run across words ("o 5-10").
        if (hit.Kind == MatchKind.Leetspeak)
            return hit.Spans.All(s => !PlausibleLeet(text.AsSpan(s.Start, s.Length)));
        // Plain ASCII English read through the I/l/1 swap ("Fit" as FLT, "cables" as CABI) disguises nothing.
        if (hit.Kind == MatchKind.Homoglyph && hit.Spans.All(s => Ascii(text.AsSpan(s.Start, s.Length)) && strength.IsEverydayText(text.Substring(s.Start, s.Length))))
            return true;
        if (hit.Kind == MatchKind.Compound || hit.Spans.All(s => s.InsideWord))
        {
            if (strength.IsEverydayText(hit.MarkText)) return true;
            // A short name from a list with no classes glued into a word ("Solly" ends in OLLY) says nothing.
            if (hit.MarkLength <= 4 && index.Facts.NoneHasClasses(index.MarksOfPattern(hit.Pattern))) return true;
            // Glued words sit at the start or end of the longer word ("airpodspro", "samsunggalaxy"); a mark in the
            // middle of a word ("multinations" holds TINA) is chance.
            return hit.Spans.All(s =>
            {
                var (from, to) = ContainingWord(text, s.Start, s.Length);
                return (s.Start != from && s.Start + s.Length != to) || strength.IsEverydayOrDerivedWord(text[from..to]);
            });
        }
        return false;
    }

    /// <summary>Whether a mark's text is a number: digits, and no letter.</summary>
    private static bool IsNumber(string markText)
    {
        var digits = false;
        foreach (var c in markText)
        {
            if (char.IsLetter(c)) return false;
            digits |= char.IsDigit(c);
        }
        return digits;
    }

    private static bool Ascii(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\u0000', '\u007F');

    private static bool PlausibleLeet(ReadOnlySpan<char> matched)
    {
        int letters = 0, others = 0;
        foreach (var c in matched)
        {
            if (char.IsWhiteSpace(c) || c is ',' or ';' or '|') return false;
            if (char.IsLetter(c)) letters++;
            else others++;
        }
        return letters >= 2 && letters >= others;
    }

    private static bool SameSpelling(string matchedFold, string markFold, MatchKind kind)
    {
        if (kind == MatchKind.Compound) return matchedFold == markFold;
        return matchedFold == markFold || (matchedFold.StartsWith(markFold, StringComparison.Ordinal) && matchedFold.Length - markFold.Length <= 2);
    }

    private readonly BoundedCache<int, IndexedMark> _marks = new(100_000);

    /// <summary>A mark's index entry, remembered (up to a bound): the same registrations come up listing after listing.</summary>
    private IndexedMark Mark(int mark) => _marks.GetOrAdd(mark, index.Mark);

    private static (int From, int To) ContainingWord(string text, int start, int length)
    {
        int from = start, to = start + length;
        while (from > 0 && char.IsLetterOrDigit(text[from - 1])) from--;
        while (to < text.Length && char.IsLetterOrDigit(text[to])) to++;
        return (from, to);
    }

    /// <summary>
    /// Registered, not merely applied for: a registration number says so; records without one (lists, other offices)
    /// are read for a registration date or a status saying "registered". Brand-list entries count as asserted marks.
    /// </summary>
    private bool IsRegistered(Registration info)
    {
        if (info.HasNumber || info.Classes == 0) return true;
        var record = records.Get(info.StoreId);
        return record is not null && (record.RegistrationDate is not null
            || (record.Status?.Contains("regist", StringComparison.OrdinalIgnoreCase) == true && record.Status?.Contains("not", StringComparison.OrdinalIgnoreCase) != true));
    }

    private static List<string> Reasons(MarkHit hit, ListingContext listing, IndexedMark mark, TrademarkRecord? record, RiskFactors f,
        (GoodsRelation Relation, int? MarkClass, int? ListingClass, string? Why) relation, string strengthWhy, string useWhy, bool famous, string? goods, int registrations)
    {
        var span = hit.Spans[0];
        var matched = listing.Text.Substring(span.Start, span.Length);
        var reasons = new List<string>
        {
            hit.Kind switch
            {
                MatchKind.Exact when f.Kind == MatchKind.Homoglyph => $"look-alike letters: \"{matched}\" reads as {mark.Text} (I/l/1 or similar swapped)",
            MatchKind.Exact => $"exact match: \"{matched}\" is the mark {mark.Text}",
                MatchKind.Spaced => $"spelled out letter by letter: \"{matched}\" is {mark.Text} (a way to slip past brand filters)",
                MatchKind.Homoglyph => $"look-alike characters: \"{matched}\" is {mark.Text} written with characters from another script (a way to slip past brand filters)",
                MatchKind.Leetspeak => $"digits or symbols for letters: \"{matched}\" is {mark.Text} (a way to slip past brand filters)",
                MatchKind.Compound => $"glued into a longer word: \"{matched}\" contains {mark.Text}",
                MatchKind.Fuzzy => $"a misspelling of {mark.Text}: \"{matched}\" ({span.EditDistance} edit{(span.EditDistance == 1 ? "" : "s")} away)",
                _ => $"sounds like {mark.Text}: \"{matched}\"",
            },
        };
        if (listing.Field != ListingField.Title) reasons.Add($"found in the listing's {listing.Field.ToString().ToLowerInvariant()}");
        var guess = listing.Classes.FirstOrDefault(g => g.Class == relation.ListingClass) ?? (listing.Classes.Count > 0 ? listing.Classes[0] : null);
        var goodsWhy = guess is null ? "" : $" (class {guess.Class}, {guess.Confidence.ToString("P0", CultureInfo.InvariantCulture)}: \"{guess.Because}\"{(guess.Term is null ? "" : $" as in \"{guess.Term.Text}\"")})";
        reasons.Add(relation.Relation switch
        {
            GoodsRelation.SameClass => $"registered for class {relation.MarkClass}, the class of this listing's goods{goodsWhy}" + (goods is null ? "" : $"; the registration covers: {Clip(goods, 240)}"),
            GoodsRelation.Related => $"registered for class {relation.MarkClass}, related to this listing's goods in class {relation.ListingClass} ({relation.Why}){goodsWhy}",
            GoodsRelation.AnyClass => "a brand-list entry with no classes: it is taken to cover all goods",
            GoodsRelation.UnknownGoods => $"registered for classes {string.Join(", ", mark.NiceClasses)}; this listing's goods could not be told from its text",
            _ => $"registered for classes {string.Join(", ", mark.NiceClasses)}, unrelated to this listing's goods{goodsWhy}",
        });
        if (famous && relation.Relation is GoodsRelation.Unrelated or GoodsRelation.UnknownGoods)
            reasons.Add("a well-known mark (on a brand list or registered in many classes): it matters across classes");
        reasons.Add(f.Use switch
        {
            MarkUse.Nominative => $"nominative use: {useWhy}; naming what a product fits is usually allowed if the title does not suggest the owner makes or endorses it",
            MarkUse.Descriptive when relation.Relation == GoodsRelation.SameClass && f.Strength != MarkStrength.GenericForGoods =>
                $"descriptive use: {useWhy}. It looks like a plain word, but {mark.Text} is a registered mark for these very goods: using it to describe the product is exactly what brand owners sue sellers for",
            MarkUse.Descriptive => $"descriptive use: {useWhy}",
            _ => $"brand use: {useWhy}",
        });
        reasons.Add(strengthWhy);
        if (listing.Field == ListingField.Seller) reasons.Add("a seller name that carries a mark can pass the seller off as the brand owner or its official store");
        var status = record?.Status ?? mark.Liveness.ToString();
        var dates = new List<string>();
        if (record?.RegistrationDate is { } rd) dates.Add($"registered {rd:yyyy-MM-dd}");
        if (record?.FilingDate is { } fd) dates.Add($"filed {fd:yyyy-MM-dd}");
        if (record?.ExpiryDate is { } ed) dates.Add($"due for renewal {ed:yyyy-MM-dd}");
        reasons.Add($"{mark.Office} {(mark.RegistrationNumber is null ? $"serial {mark.SerialNumber}" : $"registration {mark.RegistrationNumber} (serial {mark.SerialNumber})")}"
            + (record?.CurrentOwner?.Name is { } owner ? $", owned by {owner}" : "")
            + $": {status}" + (dates.Count > 0 ? $", {string.Join(", ", dates)}" : "")
            + (f.Registered ? "" : " — an application, not yet registered"));
        if (registrations > 1) reasons.Add($"{registrations - 1} other registration{(registrations == 2 ? "" : "s")} share this spelling; the one that weighs most is cited");
        return reasons;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
