namespace MarkScreen.Registers.Store;

/// <summary>
/// The embedded store's SQL schema. <see cref="Version"/> is written to the meta table and checked on open, so an
/// older binary never misreads a newer store. Dates are ISO-8601 text (sortable, readable in any SQLite shell).
/// <para>
/// Owners and classes live inside the mark row as JSON (with the current owner and the Nice class list also as
/// plain columns for filtering): a record is one row, so an import writes one statement per record. Child tables
/// cost four statements per record and halved import speed (measured; see the README's import figures).
/// </para>
/// </summary>
internal static class StoreSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS marks(
            id INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            serial_number TEXT NOT NULL,
            registration_number TEXT,
            registration_key TEXT,
            ir_number TEXT,
            mark_text TEXT,
            drawing_code TEXT,
            drawing_type TEXT,
            mark_type TEXT,
            standard_characters INTEGER NOT NULL DEFAULT 0,
            register TEXT,
            status_code TEXT,
            status TEXT,
            status_date TEXT,
            liveness INTEGER NOT NULL,
            filing_date TEXT,
            registration_date TEXT,
            publication_date TEXT,
            abandonment_date TEXT,
            cancellation_date TEXT,
            renewal_date TEXT,
            expiry_date TEXT,
            transaction_date TEXT,
            version_date TEXT,
            attorney TEXT,
            filing_basis INTEGER NOT NULL DEFAULT 0,
            disclaimer TEXT,
            pseudo_mark TEXT,
            description TEXT,
            translation TEXT,
            source_file TEXT,
            source_format TEXT,
            source TEXT,
            current_owner TEXT,
            owner_country TEXT,
            nice_classes TEXT NOT NULL DEFAULT '[]',
            owners_json TEXT NOT NULL DEFAULT '[]',
            classes_json TEXT NOT NULL DEFAULT '[]',
            content_hash BLOB NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE(serial_number, office)
        );
        CREATE INDEX IF NOT EXISTS marks_by_registration ON marks(registration_key);

        CREATE TABLE IF NOT EXISTS imports(
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            sha256 TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            read INTEGER NOT NULL,
            inserted INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            stale INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            warnings INTEGER NOT NULL
        );
        """;
}
