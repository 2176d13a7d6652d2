namespace MarkScreen.Registers.Uspto;

/// <summary>Vocabulary for generated records: coined words, dictionary words, numbers, and odd Unicode.</summary>
internal static class GeneratedNames
{
    private static readonly string[] s_syllables = ["ka", "zo", "tri", "vex", "lu", "mar", "quo", "ny", "sil", "ber", "ax", "or", "pel", "tu", "gri", "fen", "o", "ra", "dex", "ix"];
    private static readonly string[] s_words = ["AIRBAG", "SEED", "BLACK", "ONE", "NOVA", "SUMMER", "PEAK", "RIVER", "CLOUD", "STONE", "HAPPY", "GOLD", "TIGER", "SMART", "PURE", "WILD", "URBAN", "FRESH", "ROYAL", "BLUE"];
    private static readonly string[] s_odd =
    [
        "СМАРТ", "ΑΛΦΑ", "東京", "ソニー", "مرحبا", "שלום", "Café", "Ünïcødé", "e\u0301clair", "ZERO\u200BWIDTH", "SOFT\u00ADHYPHEN",
        "NBSP\u00A0MARK", "🔥FIRE", "Ｆｕｌｌｗｉｄｔｈ", "ﬁne", "Nｉke", "ВЕЛИКИЙ", "한국어", "BAD\u0007BELL",
    ];
    private static readonly string[] s_goods =
    [
        "Protective cases for smartphones", "hand grips for mobile phones", "t-shirts; hats; socks", "cycling shorts",
        "sofa beds", "toy building bricks", "computer software for database management", "coffee; tea", "cosmetics, namely, lipstick",
        "restaurant services", "educational services, namely, conducting classes", "jewelry; watches", "bags; wallets",
    ];
    private static readonly string[] s_companies = ["Holdings", "LLC", "Inc.", "GmbH", "Co., Ltd.", "S.A.", "Limited"];
    private static readonly string[] s_first = ["Maria", "John", "Wei", "Anna", "Luis", "Fatima", "Kenji", "Olga", "Peter", "Aisha"];
    private static readonly string[] s_last = ["Smith", "Garcia", "Chen", "Müller", "Kowalski", "Nguyen", "O'Brien", "Singh", "Tanaka", "Ivanova"];
    private static readonly string[] s_cities = ["New York", "Shenzhen", "München", "London", "São Paulo", "Tokyo", "Seoul", "Paris", "Austin", "Zürich"];
    private static readonly string[] s_streets = ["Main Street", "Market Road", "Harbour Way", "Park Avenue", "Industrial Blvd"];

    private static readonly string[] s_oddPrintable = [.. s_odd.Where(s => !s.Any(char.IsControl))];

    public static string Mark(Random r, bool odd, bool controls = true)
    {
        var pool = controls ? s_odd : s_oddPrintable;
        if (odd) return pool[r.Next(pool.Length)] + (r.NextDouble() < 0.5 ? " " + Coined(r) : "");
        var words = 1 + (r.NextDouble() < 0.35 ? r.Next(1, 4) : 0);
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            var x = r.NextDouble();
            parts[i] = x < 0.5 ? Coined(r) : x < 0.85 ? s_words[r.Next(s_words.Length)] : r.Next(1, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return string.Join(' ', parts);
    }

    private static string Coined(Random r)
    {
        var n = 2 + r.Next(3);
        var s = string.Concat(Enumerable.Range(0, n).Select(_ => s_syllables[r.Next(s_syllables.Length)]));
        return s.ToUpperInvariant();
    }

    public static string Goods(Random r, int niceClass, bool odd) =>
        $"{s_goods[r.Next(s_goods.Length)]}; {s_goods[(niceClass + r.Next(3)) % s_goods.Length]}{(odd ? " — “quoted” ™ ®" : "")}";

    public static string Person(Random r, bool odd) => $"{s_first[r.Next(s_first.Length)]} {s_last[r.Next(s_last.Length)]}{(odd ? " 张伟" : "")}";

    public static string Company(Random r, bool odd) => $"{Coined(r)} {s_companies[r.Next(s_companies.Length)]}{(odd ? " & <Söhne>" : "")}";

    public static string City(Random r, bool odd) => odd ? "Москва" : s_cities[r.Next(s_cities.Length)];

    public static string Street(Random r) => s_streets[r.Next(s_streets.Length)];
}
