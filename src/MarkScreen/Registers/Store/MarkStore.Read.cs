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

    /// <summary>
    /// Marks whose text contains <paramref name="text"/> (case-insensitive), dead ones included when asked: what the
    /// matching index (live marks only) cannot answer. A scan of the marks table, so slower than the index on a large
    /// register.
    /// </summary>
    public IEnumerable<StoredMark> FindByText(string text, Liveness? liveness, int limit)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT * FROM marks WHERE mark_text LIKE $pattern ESCAPE '\\'" + (liveness is null ? "" : " AND liveness = $liveness")
            + " ORDER BY length(mark_text), id LIMIT $limit";
        cmd.Parameters.AddWithValue("$pattern", "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        if (liveness is { } l) cmd.Parameters.AddWithValue("$liveness", (int)l);
        cmd.Parameters.AddWithValue("$limit", limit);
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) yield return ReadMark(reader);
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

    public StoredMark? Get(long id)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT * FROM marks WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? ReadMark(reader) : null;
    }

    /// <summary>
    /// The live marks that have words, with just what the matching index keeps: read from the query columns, not the
    /// record JSON, so indexing millions of marks does not parse millions of documents.
    /// </summary>
    public IEnumerable<Index.IndexedMark> LiveWordMarks()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id, office, serial_number, registration_number, mark_text, nice_classes, liveness FROM marks WHERE liveness = 1 AND mark_text IS NOT NULL ORDER BY id";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var classes = System.Text.Json.JsonSerializer.Deserialize(r.GetString(5), RecordJson.Default.IReadOnlyListInt32) ?? [];
            yield return new Index.IndexedMark(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetString(4), classes, (Marks.Liveness)r.GetInt64(6));
        }
    }

    /// <summary>Where a store's matching index lives by default: beside it, "register.db" → "register.msidx".</summary>
    public static string DefaultIndexPath(string storePath) => System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(storePath), ".msidx");
}

/// <summary>A record as stored, with its row id and when it was last written.</summary>
public sealed record StoredMark(long Id, TrademarkRecord Record, string? ImportedAt);
