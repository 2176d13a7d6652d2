using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MarkScreen.Marks;

namespace MarkScreen.Registers.Store;

/// <summary>What writing one record did to the store.</summary>
public enum UpsertOutcome
{
    Inserted,
    Updated,
    Unchanged,

    /// <summary>The store already holds a later version of this record (by date), or a preferred one of the same date.</summary>
    Stale,
}

/// <summary>
/// Writes the records of one input file inside one transaction with prepared statements, one row per record.
/// Upsert rule, keyed by (office, serial): a record replaces the stored one unless the stored one is dated later; an
/// identical record (same SHA-256 of its stored JSON) changes nothing; a different record with the same date is
/// settled by an order-independent tie-break, so any set of files gives the same store in any order. Dispose without <see cref="Commit"/> rolls
/// everything back.
/// </summary>
public sealed class ImportWriter : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SqliteTransaction _tx;
    private readonly SqliteCommand _find, _insert, _update;
    private readonly SqliteParameter[] _insertValues, _updateValues;
    private readonly SqliteParameter _findOffice, _findSerial, _updateId;
    private readonly string _now = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    private bool _done;

    // The order of these columns is the order of Bind's values.
    private static readonly string[] s_columns =
    [
        "office", "serial_number", "registration_number", "registration_key", "mark_text", "status_code", "liveness",
        "status_date", "filing_date", "registration_date", "expiry_date", "version_date", "current_owner", "owner_country",
        "nice_classes", "source_file", "source_format", "record_json", "content_hash", "imported_at",
    ];

    internal ImportWriter(MarkStore store)
    {
        _db = store.Connection;
        // A bigger page cache keeps the index's hot pages in memory for the whole file; the transaction spills to the WAL.
        store.Execute("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        _tx = _db.BeginTransaction(deferred: false);
        _find = Prepare(
            "SELECT id, version_date, content_hash, source_format, length(record_json) FROM marks WHERE serial_number = $p0 AND office = $p1",
            2, out var find);
        (_findSerial, _findOffice) = (find[0], find[1]);
        _insert = Prepare($"INSERT INTO marks({string.Join(", ", s_columns)}) VALUES({Placeholders(s_columns.Length)})", s_columns.Length, out _insertValues);
        _update = Prepare(
            $"UPDATE marks SET {string.Join(", ", s_columns.Select((c, i) => $"{c} = $p{i}"))} WHERE id = $p{s_columns.Length}",
            s_columns.Length + 1, out var update);
        _updateValues = update[..s_columns.Length];
        _updateId = update[^1];
    }

    public UpsertOutcome Upsert(TrademarkRecord record, string? sourceFile)
    {
        var json = RecordJson.Serialize(record);
        var hash = SHA256.HashData(json);
        long? id = null;
        DateOnly? storedVersion = null;
        byte[]? storedHash = null;
        string? storedFormat = null;
        long storedLength = 0;
        _findSerial.Value = record.SerialNumber;
        _findOffice.Value = record.Office;
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read())
            {
                id = reader.GetInt64(0);
                storedVersion = MarkStore.ParseIso(reader.IsDBNull(1) ? null : reader.GetString(1));
                storedHash = (byte[])reader.GetValue(2);
                storedFormat = reader.IsDBNull(3) ? null : reader.GetString(3);
                storedLength = reader.GetInt64(4);
            }
        }

        if (id is null)
        {
            Bind(_insertValues, record, json, hash, sourceFile);
            _insert.ExecuteNonQuery();
            return UpsertOutcome.Inserted;
        }
        if (storedVersion is { } stored && (record.VersionDate is null || record.VersionDate < stored)) return UpsertOutcome.Stale;
        if (storedHash is not null && hash.AsSpan().SequenceEqual(storedHash)) return UpsertOutcome.Unchanged;
        if (storedVersion == record.VersionDate && !WinsTie(record.SourceFormat, json.Length, hash, storedFormat, storedLength, storedHash))
            return UpsertOutcome.Stale;

        Bind(_updateValues, record, json, hash, sourceFile);
        _updateId.Value = id.Value;
        _update.ExecuteNonQuery();
        return UpsertOutcome.Updated;
    }

    // Two different records with the same date come from different sources (a TSDR download beside a bulk file, a
    // list beside the register). The winner must not depend on import order, or re-importing a set of files would
    // flip records back and forth: the office's bulk XML beats ST.96 beats ST.66 beats lists, then the fuller
    // record, then the hash as a last, arbitrary but stable, word.
    private static readonly string[] s_formatPrecedence = ["uspto-xml", "wipo-st96", "wipo-st66", "csv", "tess-csv"];

    private static bool WinsTie(string? format, long length, byte[] hash, string? storedFormat, long storedLength, byte[]? storedHash)
    {
        static int Rank(string? f) => Array.IndexOf(s_formatPrecedence, f) is var i && i >= 0 ? i : s_formatPrecedence.Length;
        if (Rank(format) != Rank(storedFormat)) return Rank(format) < Rank(storedFormat);
        if (length != storedLength) return length > storedLength;
        return storedHash is null || hash.AsSpan().SequenceCompareTo(storedHash) > 0;
    }

    private void Bind(SqliteParameter[] p, TrademarkRecord r, byte[] json, byte[] hash, string? sourceFile)
    {
        var owner = r.CurrentOwner;
        object?[] values =
        [
            r.Office, r.SerialNumber, r.RegistrationNumber, MarkStore.RegistrationKey(r.RegistrationNumber), r.MarkText,
            r.StatusCode, (int)r.Liveness, MarkStore.Iso(r.StatusDate), MarkStore.Iso(r.FilingDate),
            MarkStore.Iso(r.RegistrationDate), MarkStore.Iso(r.ExpiryDate), MarkStore.Iso(r.VersionDate), owner?.Name,
            owner?.Country, JsonSerializer.Serialize(r.NiceClasses, RecordJson.Default.IReadOnlyListInt32),
            r.SourceFile ?? sourceFile, r.SourceFormat, Encoding.UTF8.GetString(json), hash, _now,
        ];
        for (var i = 0; i < values.Length; i++) p[i].Value = values[i] ?? DBNull.Value;
    }

    public void LogImport(ImportSummary summary, string? sha256, DateTime started)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = """
            INSERT INTO imports(file, sha256, started_at, finished_at, read, inserted, updated, unchanged, stale, rejected, warnings)
            VALUES($file, $sha, $started, $finished, $read, $inserted, $updated, $unchanged, $stale, $rejected, $warnings)
            """;
        cmd.Parameters.AddWithValue("$file", summary.File);
        cmd.Parameters.AddWithValue("$sha", (object?)sha256 ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$started", started.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$finished", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$read", summary.Read);
        cmd.Parameters.AddWithValue("$inserted", summary.Inserted);
        cmd.Parameters.AddWithValue("$updated", summary.Updated);
        cmd.Parameters.AddWithValue("$unchanged", summary.Unchanged);
        cmd.Parameters.AddWithValue("$stale", summary.Stale);
        cmd.Parameters.AddWithValue("$rejected", summary.Rejected);
        cmd.Parameters.AddWithValue("$warnings", summary.Warnings);
        cmd.ExecuteNonQuery();
    }

    public void Commit()
    {
        _tx.Commit();
        _done = true;
    }

    private static string Placeholders(int n) => string.Join(", ", Enumerable.Range(0, n).Select(i => $"$p{i}"));

    private SqliteCommand Prepare(string sql, int parameters, out SqliteParameter[] values)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        values = new SqliteParameter[parameters];
        for (var i = 0; i < parameters; i++) values[i] = cmd.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        cmd.Prepare();
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in new[] { _find, _insert, _update }) cmd.Dispose();
        if (!_done) _tx.Rollback();
        _tx.Dispose();
    }
}
