using Microsoft.Data.Sqlite;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Store;

public sealed partial class MarkStore
{
    /// <summary>Records whose serial or registration number matches <paramref name="id"/> (several offices may share a number).</summary>
    public IReadOnlyList<StoredMark> Find(MarkId id)
    {
        using var cmd = _connection.CreateCommand();
        if (id.Kind == MarkIdKind.Registration)
        {
            cmd.CommandText = "SELECT * FROM marks WHERE registration_key = $key ORDER BY office, serial_number";
            cmd.Parameters.AddWithValue("$key", RegistrationKey(id.Number) ?? "");
        }
        else
        {
            cmd.CommandText = "SELECT * FROM marks WHERE serial_number = $key ORDER BY office";
            cmd.Parameters.AddWithValue("$key", id.Number);
        }
        var result = new List<StoredMark>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read()) result.Add(ReadMark(reader));
        }
        return result;
    }

    public long Count(Liveness? liveness = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = liveness is null ? "SELECT COUNT(*) FROM marks" : "SELECT COUNT(*) FROM marks WHERE liveness = $l";
        if (liveness is { } l) cmd.Parameters.AddWithValue("$l", (int)l);
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Streams every stored record with its classes and current owner (for index builds and exports).</summary>
    public IEnumerable<StoredMark> All(bool liveOnly = false)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = liveOnly ? "SELECT * FROM marks WHERE liveness = 1 ORDER BY id" : "SELECT * FROM marks ORDER BY id";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadMark(reader);
        }
    }

    private static StoredMark ReadMark(SqliteDataReader r)
    {
        var record = RecordJson.Deserialize((string)r["record_json"]) with
        {
            SourceFile = r["source_file"] as string,
            SourceFormat = r["source_format"] as string,
        };
        return new StoredMark((long)r["id"], record, r["imported_at"] as string);
    }
}

/// <summary>A record as stored, with its row id and when it was last written.</summary>
public sealed record StoredMark(long Id, TrademarkRecord Record, string? ImportedAt);
