using System.Text.Json;
using System.Text.Json.Serialization;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Store;

/// <summary>Source-generated JSON for the owner and class lists stored inside a mark row (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<Owner>))]
[JsonSerializable(typeof(List<GoodsClass>))]
[JsonSerializable(typeof(IReadOnlyList<Owner>))]
[JsonSerializable(typeof(IReadOnlyList<GoodsClass>))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
internal sealed partial class RecordJson : JsonSerializerContext
{
    public static List<Owner> Owners(string json) => JsonSerializer.Deserialize(json, Default.ListOwner) ?? [];

    public static List<GoodsClass> Classes(string json) => JsonSerializer.Deserialize(json, Default.ListGoodsClass) ?? [];
}
