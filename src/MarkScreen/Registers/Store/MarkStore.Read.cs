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
        string? S(string col) => r[col] is string s ? s : null;
        DateOnly? D(string col) => ParseIso(r[col]);
        var record = new TrademarkRecord
        {
            Office = (string)r["office"],
            SerialNumber = (string)r["serial_number"],
            RegistrationNumber = S("registration_number"),
            InternationalRegistrationNumber = S("ir_number"),
            MarkText = S("mark_text"),
            DrawingCode = S("drawing_code"),
            DrawingType = S("drawing_type"),
            MarkType = S("mark_type"),
            StandardCharacters = (long)r["standard_characters"] != 0,
            Register = S("register"),
            StatusCode = S("status_code"),
            Status = S("status"),
            StatusDate = D("status_date"),
            Liveness = (Liveness)(long)r["liveness"],
            FilingDate = D("filing_date"),
            RegistrationDate = D("registration_date"),
            PublicationDate = D("publication_date"),
            AbandonmentDate = D("abandonment_date"),
            CancellationDate = D("cancellation_date"),
            RenewalDate = D("renewal_date"),
            ExpiryDate = D("expiry_date"),
            TransactionDate = D("transaction_date"),
            Attorney = S("attorney"),
            FilingBasis = (FilingBasis)(long)r["filing_basis"],
            Disclaimer = S("disclaimer"),
            PseudoMark = S("pseudo_mark"),
            Description = S("description"),
            Translation = S("translation"),
            SourceFile = S("source_file"),
            SourceFormat = S("source_format"),
            Source = S("source"),
            Owners = RecordJson.Owners((string)r["owners_json"]),
            Classes = RecordJson.Classes((string)r["classes_json"]),
        };
        return new StoredMark((long)r["id"], record, S("imported_at"));
    }
}

/// <summary>A record as stored, with its row id and when it was last written.</summary>
public sealed record StoredMark(long Id, TrademarkRecord Record, string? ImportedAt);
