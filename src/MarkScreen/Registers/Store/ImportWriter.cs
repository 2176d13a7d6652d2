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
/// Writes the records of one input file inside one transaction with prepared statements. Upsert rule, keyed by
/// (office, serial): a record replaces the stored one unless the stored one is dated later; an identical record
/// (same content hash) changes nothing. Dispose without <see cref="Commit"/> rolls everything back.
/// </summary>
public sealed class ImportWriter : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SqliteTransaction _tx;
    private readonly RecordHasher _hasher = new();
    private readonly SqliteCommand _find, _insert, _update, _deleteOwners, _deleteClasses, _insertOwner, _insertClass;
    private readonly string _now = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    private bool _done;

    private static readonly string[] s_markColumns =
    [
        "office", "serial_number", "registration_number", "registration_key", "ir_number", "mark_text", "drawing_code",
        "drawing_type", "mark_type", "standard_characters", "register", "status_code", "status", "status_date", "liveness",
        "filing_date", "registration_date", "publication_date", "abandonment_date", "cancellation_date", "renewal_date",
        "expiry_date", "transaction_date", "version_date", "attorney", "filing_basis", "disclaimer", "pseudo_mark",
        "description", "translation", "source_file", "source_format", "source", "content_hash", "imported_at",
    ];

    internal ImportWriter(MarkStore store)
    {
        _db = store.Connection;
        _tx = _db.BeginTransaction(deferred: false);
        _find = Prepare("SELECT id, version_date, content_hash FROM marks WHERE office = $office AND serial_number = $serial_number", "office", "serial_number");
        _insert = Prepare(
            $"INSERT INTO marks({string.Join(", ", s_markColumns)}) VALUES({string.Join(", ", s_markColumns.Select(c => "$" + c))}) RETURNING id",
            s_markColumns);
        _update = Prepare(
            $"UPDATE marks SET {string.Join(", ", s_markColumns.Select(c => $"{c} = ${c}"))} WHERE id = $id",
            [.. s_markColumns, "id"]);
        _deleteOwners = Prepare("DELETE FROM owners WHERE mark_id = $id", "id");
        _deleteClasses = Prepare("DELETE FROM classes WHERE mark_id = $id", "id");
        _insertOwner = Prepare(
            "INSERT INTO owners VALUES($mark_id, $seq, $name, $party_type_code, $party_type, $is_current, $entity_type_code, $entity_type, $country, $state, $city, $address, $dba)",
            "mark_id", "seq", "name", "party_type_code", "party_type", "is_current", "entity_type_code", "entity_type", "country", "state", "city", "address", "dba");
        _insertClass = Prepare(
            "INSERT INTO classes VALUES($mark_id, $seq, $nice_class, $class_code, $us_classes, $status_code, $status, $status_date, $first_use, $first_use_commerce, $goods)",
            "mark_id", "seq", "nice_class", "class_code", "us_classes", "status_code", "status", "status_date", "first_use", "first_use_commerce", "goods");
    }

    public UpsertOutcome Upsert(TrademarkRecord record, string? sourceFile)
    {
        var hash = _hasher.Hash(record);
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
            BindMark(_insert, record, hash, sourceFile);
            var newId = (long)_insert.ExecuteScalar()!;
            InsertChildren(newId, record);
            return UpsertOutcome.Inserted;
        }
        if (storedVersion is { } stored && (record.VersionDate is null || record.VersionDate < stored)) return UpsertOutcome.Stale;
        if (storedHash is not null && hash.AsSpan().SequenceEqual(storedHash)) return UpsertOutcome.Unchanged;

        BindMark(_update, record, hash, sourceFile);
        Set(_update, "id", id.Value);
        _update.ExecuteNonQuery();
        Set(_deleteOwners, "id", id.Value);
        _deleteOwners.ExecuteNonQuery();
        Set(_deleteClasses, "id", id.Value);
        _deleteClasses.ExecuteNonQuery();
        InsertChildren(id.Value, record);
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

    private void InsertChildren(long id, TrademarkRecord r)
    {
        for (var i = 0; i < r.Owners.Count; i++)
        {
            var o = r.Owners[i];
            Set(_insertOwner, "mark_id", id); Set(_insertOwner, "seq", i); Set(_insertOwner, "name", o.Name);
            Set(_insertOwner, "party_type_code", o.PartyTypeCode); Set(_insertOwner, "party_type", o.PartyType);
            Set(_insertOwner, "is_current", o.IsCurrentOwner ? 1 : 0); Set(_insertOwner, "entity_type_code", o.EntityTypeCode);
            Set(_insertOwner, "entity_type", o.EntityType); Set(_insertOwner, "country", o.Country); Set(_insertOwner, "state", o.State);
            Set(_insertOwner, "city", o.City); Set(_insertOwner, "address", o.Address); Set(_insertOwner, "dba", o.DoingBusinessAs);
            _insertOwner.ExecuteNonQuery();
        }
        for (var i = 0; i < r.Classes.Count; i++)
        {
            var c = r.Classes[i];
            Set(_insertClass, "mark_id", id); Set(_insertClass, "seq", i); Set(_insertClass, "nice_class", c.NiceClass);
            Set(_insertClass, "class_code", c.ClassCode); Set(_insertClass, "us_classes", c.UsClasses);
            Set(_insertClass, "status_code", c.StatusCode); Set(_insertClass, "status", c.Status);
            Set(_insertClass, "status_date", MarkStore.Iso(c.StatusDate)); Set(_insertClass, "first_use", c.FirstUseAnywhere);
            Set(_insertClass, "first_use_commerce", c.FirstUseInCommerce); Set(_insertClass, "goods", c.Goods);
            _insertClass.ExecuteNonQuery();
        }
    }

    private void BindMark(SqliteCommand cmd, TrademarkRecord r, byte[] hash, string? sourceFile)
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

    private static void Set(SqliteCommand cmd, string name, object? value) => cmd.Parameters["$" + name].Value = value ?? DBNull.Value;

    public void Dispose()
    {
        foreach (var cmd in new[] { _find, _insert, _update, _deleteOwners, _deleteClasses, _insertOwner, _insertClass }) cmd.Dispose();
        if (!_done) _tx.Rollback();
        _tx.Dispose();
        _hasher.Dispose();
    }
}
