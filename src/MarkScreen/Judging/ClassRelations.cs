using System.Collections.Frozen;

namespace MarkScreen.Judging;

/// <summary>How the goods a mark covers stand to the goods a listing sells.</summary>
public enum GoodsRelation
{
    /// <summary>The listing's goods fall in a class the mark covers.</summary>
    SameClass,

    /// <summary>A class buyers meet alongside the mark's classes (phone cases and phones, shoes and bags).</summary>
    Related,

    /// <summary>Goods far apart: a class-9 mark on car parts.</summary>
    Unrelated,

    /// <summary>The record names no classes (a brand list entry): it is taken to cover everything.</summary>
    AnyClass,

    /// <summary>The listing's goods could not be told from its text.</summary>
    UnknownGoods,
}

/// <summary>
/// Which Nice classes are related goods. A class number alone says little about confusion: offices and courts find
/// goods related when the same buyers meet them in the same shops under one brand. MarkScreen's table is its own,
/// built from the pairs that come up in opposition and Schedule A practice and in the classes' own notes (a phone
/// case in 9 is sold beside the phone; a handbag in 18 beside the shoes in 25), each pair with its reason. It errs
/// towards relating goods sold together, since a seller who is wrong about relatedness pays more than one who asks.
/// </summary>
public static class ClassRelations
{
    private static readonly (int A, int B, string Why)[] s_pairs =
    [
        (3, 5, "cosmetics and medicated toiletries"),
        (3, 8, "cosmetics and razors, nail and hair tools"),
        (3, 21, "cosmetics and cosmetic brushes and utensils"),
        (3, 44, "cosmetics and beauty services"),
        (5, 10, "medicines and medical apparatus"),
        (5, 29, "dietary supplements and foods"),
        (7, 8, "powered and hand-operated tools"),
        (7, 11, "kitchen machines and cooking appliances"),
        (8, 21, "cutlery and kitchen utensils"),
        (9, 11, "consumer electronics and lighting, fans, appliances with electronics"),
        (9, 14, "smart watches and watches"),
        (9, 16, "printed and downloadable publications, stationery for devices"),
        (9, 18, "device cases and bags"),
        (9, 28, "game consoles, controllers and games"),
        (9, 38, "phones and telecommunication services"),
        (9, 41, "media and entertainment services"),
        (9, 42, "devices and software services"),
        (10, 25, "compression wear and clothing"),
        (11, 21, "cooking appliances and kitchenware"),
        (14, 18, "jewellery and fashion accessories such as bags"),
        (14, 25, "jewellery and clothing sold as fashion"),
        (14, 26, "jewellery and hair ornaments, brooches"),
        (16, 28, "party goods and paper toys, trading cards"),
        (16, 41, "printed matter and education or entertainment"),
        (18, 25, "bags and clothing, footwear"),
        (18, 26, "bags and haberdashery, accessories"),
        (20, 21, "furniture and household containers"),
        (20, 24, "furniture and soft furnishings"),
        (20, 27, "furniture and rugs"),
        (21, 24, "household goods and household linen"),
        (24, 25, "textiles and clothing"),
        (24, 27, "household linen and floor coverings"),
        (25, 26, "clothing and its accessories"),
        (25, 28, "sportswear and sporting goods, costumes and toys"),
        (25, 35, "clothing and retail store services"),
        (28, 41, "toys and games and entertainment"),
        (29, 30, "foods"),
        (29, 31, "foods and fresh produce"),
        (30, 31, "foods and fresh produce"),
        (30, 32, "foods and beverages"),
        (32, 33, "non-alcoholic and alcoholic drinks"),
        (33, 43, "alcoholic drinks and bars"),
        (34, 9, "e-cigarettes and their electronic parts"),
    ];

    private static readonly FrozenDictionary<(int, int), string> s_related = s_pairs
        .SelectMany(p => new[] { ((p.A, p.B), p.Why), ((p.B, p.A), p.Why) })
        .ToFrozenDictionary(p => p.Item1, p => p.Why);

    public static bool AreRelated(int a, int b, out string why)
    {
        why = "";
        return a != b && s_related.TryGetValue((a, b), out why!);
    }

    /// <summary>For each class, the classes related to it, as bits (class n is bit n).</summary>
    private static readonly long[] s_relatedMasks = RelatedMasks();

    private static long[] RelatedMasks()
    {
        var masks = new long[64];
        foreach (var (a, b, _) in s_pairs)
        {
            masks[a] |= 1L << b;
            masks[b] |= 1L << a;
        }
        return masks;
    }

    /// <summary>
    /// <see cref="Relate(IReadOnlyList{int}, IReadOnlyList{int})"/> for a mark's classes given as bits (class n is bit
    /// n, 1-45), with the same answer: judging weighs dozens of registrations a hit, and this asks no table per pair.
    /// </summary>
    public static (GoodsRelation Relation, int? MarkClass, int? ListingClass, string? Why) Relate(long markClasses, IReadOnlyList<int> listingClasses)
    {
        if (markClasses == 0) return (GoodsRelation.AnyClass, null, null, null);
        if (listingClasses.Count == 0) return (GoodsRelation.UnknownGoods, null, null, null);
        foreach (var l in listingClasses)
            if ((uint)l < 64 && (markClasses & (1L << l)) != 0) return (GoodsRelation.SameClass, l, l, null);
        foreach (var l in listingClasses)
        {
            // The mark's lowest related class, as the list's ascending order meets it first.
            var related = (uint)l < 64 ? markClasses & s_relatedMasks[l] : 0;
            if (related == 0) continue;
            var m = System.Numerics.BitOperations.TrailingZeroCount(related);
            return (GoodsRelation.Related, m, l, s_related[(m, l)]);
        }
        return (GoodsRelation.Unrelated, null, null, null);
    }

    /// <summary>
    /// How a mark's classes stand to a listing's probable classes, with the class pair that decided it. Judging asks
    /// the bit form above; this list form is its simple twin, which the property test holds it to.
    /// </summary>
    public static (GoodsRelation Relation, int? MarkClass, int? ListingClass, string? Why) Relate(IReadOnlyList<int> markClasses, IReadOnlyList<int> listingClasses)
    {
        if (markClasses.Count == 0) return (GoodsRelation.AnyClass, null, null, null);
        if (listingClasses.Count == 0) return (GoodsRelation.UnknownGoods, null, null, null);
        foreach (var l in listingClasses)
            if (markClasses.Contains(l)) return (GoodsRelation.SameClass, l, l, null);
        foreach (var l in listingClasses)
            foreach (var m in markClasses)
                if (AreRelated(m, l, out var why)) return (GoodsRelation.Related, m, l, why);
        return (GoodsRelation.Unrelated, null, null, null);
    }
}
