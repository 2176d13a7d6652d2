using System.Text.Json;
using System.Text.Json.Serialization;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Store;

/// <summary>Source-generated JSON for records stored in the marks table (no reflection on the import hot path).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(TrademarkRecord))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
internal sealed partial class RecordJson : JsonSerializerContext
{
    /// <summary>
    /// The stored form: where the record was read from lives in its own columns, so the same record read from another
    /// copy of a file (or another format) serialises, and hashes, the same.
    /// </summary>
    public static byte[] Serialize(TrademarkRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(record with { SourceFile = null, SourceFormat = null }, Default.TrademarkRecord);

    public static TrademarkRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Default.TrademarkRecord) ?? throw new InvalidDataException("empty record_json");
}
