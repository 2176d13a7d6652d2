using System.Text.Json.Serialization;
using MarkScreen.Matching;

namespace MarkScreen.Judging;

[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>The facts one finding is scored on.</summary>
/// <param name="DeclaredBrand">The listing's own brand column names the mark: the seller says it is that brand's product.</param>
public sealed record RiskFactors(MatchKind Kind, int EditDistance, GoodsRelation Relation, bool Famous, MarkUse Use, MarkStrength Strength, bool Registered, ListingField Field, bool DeclaredBrand = false);

/// <summary>
/// Scores a finding in 0..1 as the product of five factors, each in 0..1, so that any one clear reason for safety
/// (unrelated goods, nominative use, generic words) pulls the score down whatever the others say:
/// <list type="bullet">
/// <item>match: exact 1, homoglyph/leetspeak/spaced 1 (a disguise shows intent), compound 0.8, fuzzy 0.75 (0.6 at
/// distance 2), phonetic 0.55 (sounding alike is the weakest evidence: alone it never makes a finding high);</item>
/// <item>goods: same class 1, famous mark (registered in five classes or more) 0.8, related 0.6, a brand-list entry
/// without classes 0.55 (a name on a list is not a registration: it shows as medium until the owner's registration is
/// in the register), unknown goods 0.5, unrelated 0.15; a seller name 0.8 at least (posing as the brand owner matters
/// whatever the goods); a brand-list entry that is an everyday word, or matched only loosely (typo, sound-alike), 0.3;</item>
/// <item>use: brand 1, descriptive 0.9 (descriptive use of a registered word is no defence on the same goods), declared
/// brand (the listing's brand column) 0.55 — fine for the owner and its resellers, so it is shown, not shouted —, a
/// seller name made of everyday words 0.5, nominative 0.25;</item>
/// <item>strength: coined 1, everyday 0.8, common (colour, number, praise) 0.3, generic name of the goods 0.15;</item>
/// <item>status: registered 1, pending application 0.75.</item>
/// </list>
/// High from 0.6, medium from 0.3. So AIRBAG used descriptively on class-9 phone cases scores 1 × 1 × 0.9 × 0.8 × 1
/// = 0.72 (high); the same word on a steering-wheel cover (class 12) 0.11 (low); "case for Samsung" 0.25 (low).
/// </summary>
public static class RiskScorer
{
    public const double HighFrom = 0.6;
    public const double MediumFrom = 0.3;

    public static (double Score, RiskLevel Level) Score(RiskFactors f)
    {
        var match = f.Kind switch
        {
            MatchKind.Exact or MatchKind.Homoglyph or MatchKind.Leetspeak or MatchKind.Spaced => 1.0,
            MatchKind.Compound => 0.8,
            MatchKind.Fuzzy => f.EditDistance >= 2 ? 0.6 : 0.75,
            _ => 0.55,
        };
        var goods = f.Relation switch
        {
            GoodsRelation.SameClass => 1.0,
            GoodsRelation.AnyClass => 0.55,
            GoodsRelation.Related => 0.6,
            GoodsRelation.UnknownGoods => 0.5,
            _ => 0.15,
        };
        if (f.Famous && goods < 0.8) goods = 0.8;
        if (f.Field == ListingField.Seller && goods < 0.8) goods = 0.8; // a seller posing as the brand owner, whatever the goods
        // A list entry has no classes to show the word is protected for these goods: an everyday word or a loose
        // (typo, sound-alike) match to it needs more than the list to count.
        if (f.Relation == GoodsRelation.AnyClass && (f.Strength != MarkStrength.Coined || f.Kind is MatchKind.Fuzzy or MatchKind.Phonetic)) goods = 0.3;
        var use = f.Use switch
        {
            MarkUse.Brand when f.Field == ListingField.Seller && f.Strength != MarkStrength.Coined => 0.5, // "Happy Home Decor" is not posing as HOME
            MarkUse.Brand => f.DeclaredBrand ? 0.55 : 1.0,
            MarkUse.Descriptive => 0.9,
            _ => 0.25,
        };
        var strength = f.Strength switch { MarkStrength.Coined => 1.0, MarkStrength.Everyday => 0.8, MarkStrength.Common => 0.3, _ => 0.15 };
        var status = f.Registered ? 1.0 : 0.75;
        var score = Math.Round(match * goods * use * strength * status, 3);
        return (score, score >= HighFrom ? RiskLevel.High : score >= MediumFrom ? RiskLevel.Medium : RiskLevel.Low);
    }
}
