namespace MarkScreen.Registers.Store;

/// <summary>
/// The embedded store's SQL schema. <see cref="Version"/> is written to the meta table and checked on open, so an
/// older binary never misreads a newer store. Dates are ISO-8601 text (sortable, readable in any SQLite shell).
/// <para>
/// A record is one row: the whole record as JSON (record_json, the source of truth for show and evidence) plus the
/// fields that queries filter or sort on as plain columns. Child tables for owners and classes cost four statements
/// per record, and binding forty columns cost more than the insert itself; both halved import speed (measured).
/// PostgreSQL, for the team server, keeps the same shape with jsonb.
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
            mark_text TEXT,
            status_code TEXT,
            liveness INTEGER NOT NULL,
            status_date TEXT,
            filing_date TEXT,
            registration_date TEXT,
            expiry_date TEXT,
            version_date TEXT,
            current_owner TEXT,
            owner_country TEXT,
            nice_classes TEXT NOT NULL,
            source_file TEXT,
            source_format TEXT,
            record_json TEXT NOT NULL,
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
