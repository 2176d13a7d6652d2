using Microsoft.Data.Sqlite;
using MarkScreen.Registers.Import;
using MarkScreen.Registers.Store;

namespace MarkScreen.Tests.Registers.Store;

public class MarkStoreTests
{
    [Fact]
    public void The_store_format_is_frozen_at_schema_version_1()
    {
        using var dir = new TempDir();
        var path = dir.File("r.db");
        using (MarkStore.Open(path)) { }
        using var c = new SqliteConnection($"Data Source={path}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        Assert.Equal("1", cmd.ExecuteScalar());
        cmd.CommandText = "SELECT group_concat(name, ',') FROM pragma_table_info('marks')";
        Assert.Equal(
            "id,office,serial_number,registration_number,registration_key,mark_text,status_code,liveness,status_date,filing_date,"
            + "registration_date,expiry_date,version_date,current_owner,owner_country,nice_classes,source_file,source_format,"
            + "record_json,content_hash,imported_at",
            cmd.ExecuteScalar());
        cmd.CommandText = "PRAGMA page_size";
        Assert.Equal(65536L, cmd.ExecuteScalar());
    }

    [Fact]
    public void A_store_from_a_newer_markscreen_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("future.db");
        using (MarkStore.Open(path)) { }
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<InvalidDataException>(() => MarkStore.Open(path, readOnly: true));
        Assert.Contains("newer MarkScreen", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_store_read_only_says_how_to_make_one()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => MarkStore.Open("/nonexistent/markscreen.db", readOnly: true));
        Assert.Contains("markscreen import", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_count_by_liveness_class_office_and_format()
    {
        using var dir = new TempDir();
        using var store = MarkStore.Open(dir.File("r.db"));
        var importer = new RegisterImporter(store);
        foreach (var f in Directory.GetFiles(TestData.Samples("uspto-bulk")).Order(StringComparer.Ordinal)) importer.ImportFile(f);
        var stats = store.Stats();
        Assert.Equal(15, stats.Total);
        Assert.Equal(stats.Total, stats.ByLiveness.Sum(l => l.Count));
        Assert.Contains(("US", 15L), stats.ByOffice);
        Assert.Contains(("41", 4L), stats.ByClass);
        Assert.Contains(("none", 3L), stats.ByClass);
        Assert.Equal(5, stats.WithoutWords);
        Assert.Equal(18, stats.Imports);
    }
}
