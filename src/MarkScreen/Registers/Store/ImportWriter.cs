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

    /// <summary>The store already holds a later version of this record (by transaction or status date).</summary>
    Stale,
}

/// <summary>
/// Writes the records of one input file inside one transaction with prepared statements, one row per record. Upsert rule, keyed by
/// (office, serial): a record replaces the stored one unless the stored one is dated later; an identical record
/// (same content hash) changes nothing. Dispose without <see cref="Commit"/> rolls everything back.
/// </summary>
public sealed class ImportWriter : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SqliteTransaction _tx;
    private readonly RecordHasher _hasher = new();
    private readonly SqliteCommand _find, _insert, _update;
    private readonly string _now = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    private bool _done;

    private static readonly string[] s_markColumns =
    [
        "office", "serial_number", "registration_number", "registration_key", "ir_number", "mark_text", "drawing_code",
        "drawing_type", "mark_type", "standard_characters", "register", "status_code", "status", "status_date", "liveness",
        "filing_date", "registration_date", "publication_date", "abandonment_date", "cancellation_date", "renewal_date",
        "expiry_date", "transaction_date", "version_date", "attorney", "filing_basis", "disclaimer", "pseudo_mark",
        "description", "translation", "source_file", "source_format", "source", "current_owner", "owner_country",
        "nice_classes", "owners_json", "classes_json", "content_hash", "imported_at",
    ];

    internal ImportWriter(MarkStore store)
    {
        _db = store.Connection;
        // A bigger page cache keeps the indexes' hot pages in memory for the whole file; the transaction spills to the WAL.
        store.Execute("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        _tx = _db.BeginTransaction(deferred: false);
        _find = Prepare("SELECT id, version_date, content_hash FROM marks WHERE office = $office AND serial_number = $serial_number", "office", "serial_number");
        _insert = Prepare(
            $"INSERT INTO marks({string.Join(", ", s_markColumns)}) VALUES({string.Join(", ", s_markColumns.Select(c => "$" + c))})",
            s_markColumns);
        _update = Prepare(
            $"UPDATE marks SET {string.Join(", ", s_markColumns.Select(c => $"{c} = ${c}"))} WHERE id = $id",
            [.. s_markColumns, "id"]);
    }

    public UpsertOutcome Upsert(TrademarkRecord record, string? sourceFile)
    {
        var ownersJson = JsonSerializer.SerializeToUtf8Bytes(record.Owners, RecordJson.Default.IReadOnlyListOwner);
        var classesJson = JsonSerializer.SerializeToUtf8Bytes(record.Classes, RecordJson.Default.IReadOnlyListGoodsClass);
        var hash = _hasher.Hash(record, ownersJson, classesJson);
        long? id = null;
        DateOnly? storedVersion = null;
        byte[]? storedHash = null;
        Set(_find, "office", record.Office);
        Set(_find, "serial_number", record.SerialNumber);
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read())
            {
                id = reader.GetInt64(0);
                storedVersion = MarkStore.ParseIso(reader.IsDBNull(1) ? null : reader.GetString(1));
                storedHash = (byte[])reader.GetValue(2);
            }
        }

        if (id is null)
        {
            BindMark(_insert, record, hash, sourceFile, ownersJson, classesJson);
            _insert.ExecuteNonQuery();
            return UpsertOutcome.Inserted;
        }
        if (storedVersion is { } stored && (record.VersionDate is null || record.VersionDate < stored)) return UpsertOutcome.Stale;
        if (storedHash is not null && hash.AsSpan().SequenceEqual(storedHash)) return UpsertOutcome.Unchanged;

        BindMark(_update, record, hash, sourceFile, ownersJson, classesJson);
        Set(_update, "id", id.Value);
        _update.ExecuteNonQuery();
        return UpsertOutcome.Updated;
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

    private void BindMark(SqliteCommand cmd, TrademarkRecord r, byte[] hash, string? sourceFile, byte[] ownersJson, byte[] classesJson)
    {
        Set(cmd, "office", r.Office); Set(cmd, "serial_number", r.SerialNumber);
        Set(cmd, "registration_number", r.RegistrationNumber); Set(cmd, "registration_key", MarkStore.RegistrationKey(r.RegistrationNumber));
        Set(cmd, "ir_number", r.InternationalRegistrationNumber); Set(cmd, "mark_text", r.MarkText);
        Set(cmd, "drawing_code", r.DrawingCode); Set(cmd, "drawing_type", r.DrawingType); Set(cmd, "mark_type", r.MarkType);
        Set(cmd, "standard_characters", r.StandardCharacters ? 1 : 0); Set(cmd, "register", r.Register);
        Set(cmd, "status_code", r.StatusCode); Set(cmd, "status", r.Status); Set(cmd, "status_date", MarkStore.Iso(r.StatusDate));
        Set(cmd, "liveness", (int)r.Liveness); Set(cmd, "filing_date", MarkStore.Iso(r.FilingDate));
        Set(cmd, "registration_date", MarkStore.Iso(r.RegistrationDate)); Set(cmd, "publication_date", MarkStore.Iso(r.PublicationDate));
        Set(cmd, "abandonment_date", MarkStore.Iso(r.AbandonmentDate)); Set(cmd, "cancellation_date", MarkStore.Iso(r.CancellationDate));
        Set(cmd, "renewal_date", MarkStore.Iso(r.RenewalDate)); Set(cmd, "expiry_date", MarkStore.Iso(r.ExpiryDate));
        Set(cmd, "transaction_date", MarkStore.Iso(r.TransactionDate)); Set(cmd, "version_date", MarkStore.Iso(r.VersionDate));
        Set(cmd, "attorney", r.Attorney); Set(cmd, "filing_basis", (int)r.FilingBasis); Set(cmd, "disclaimer", r.Disclaimer);
        Set(cmd, "pseudo_mark", r.PseudoMark); Set(cmd, "description", r.Description); Set(cmd, "translation", r.Translation);
        Set(cmd, "source_file", r.SourceFile ?? sourceFile); Set(cmd, "source_format", r.SourceFormat); Set(cmd, "source", r.Source);
        var owner = r.CurrentOwner;
        Set(cmd, "current_owner", owner?.Name); Set(cmd, "owner_country", owner?.Country);
        Set(cmd, "nice_classes", JsonSerializer.Serialize(r.NiceClasses, RecordJson.Default.IReadOnlyListInt32));
        Set(cmd, "owners_json", Encoding.UTF8.GetString(ownersJson)); Set(cmd, "classes_json", Encoding.UTF8.GetString(classesJson));
        Set(cmd, "content_hash", hash); Set(cmd, "imported_at", _now);
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter("$" + p, DBNull.Value));
        cmd.Prepare();
        return cmd;
    }

    // Parameters are looked up once per command and cached by name: binding is on the hot path of every record.
    private readonly Dictionary<(SqliteCommand, string), SqliteParameter> _parameters = [];

    private void Set(SqliteCommand cmd, string name, object? value)
    {
        if (!_parameters.TryGetValue((cmd, name), out var p))
        {
            p = cmd.Parameters["$" + name];
            _parameters[(cmd, name)] = p;
        }
        p.Value = value ?? DBNull.Value;
    }

    public void Dispose()
    {
        foreach (var cmd in new[] { _find, _insert, _update }) cmd.Dispose();
        if (!_done) _tx.Rollback();
        _tx.Dispose();
    }
}
