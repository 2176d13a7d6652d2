namespace MarkScreen.Registers.Store;

public sealed partial class MarkStore
{
    /// <summary>Counts by liveness, status, Nice class, office and source format, plus the import log.</summary>
    public StoreStats Stats()
    {
        return new StoreStats(
            Total: Count(),
            ByLiveness: Group("SELECT CASE liveness WHEN 1 THEN 'live' WHEN 2 THEN 'dead' ELSE 'unknown' END, COUNT(*) FROM marks GROUP BY 1 ORDER BY 2 DESC"),
            ByStatus: Group("SELECT COALESCE(status_code || ' ' || (record_json ->> '$.status'), record_json ->> '$.status', status_code, '(none)'), COUNT(*) FROM marks GROUP BY 1 ORDER BY 2 DESC LIMIT 25"),
            ByClass: Group("SELECT CASE WHEN c.value IS NULL THEN 'none' ELSE printf('%02d', c.value) END, COUNT(*) FROM marks LEFT JOIN json_each(marks.nice_classes) AS c GROUP BY 1 ORDER BY 1"),
            ByOffice: Group("SELECT office, COUNT(*) FROM marks GROUP BY 1 ORDER BY 2 DESC"),
            ByFormat: Group("SELECT COALESCE(source_format, '(none)'), COUNT(*) FROM marks GROUP BY 1 ORDER BY 2 DESC"),
            WithoutWords: Scalar("SELECT COUNT(*) FROM marks WHERE mark_text IS NULL"),
            Imports: Scalar("SELECT COUNT(*) FROM imports"),
            LastImport: Scalar<string>("SELECT MAX(finished_at) FROM imports"));
    }

    private List<(string Key, long Count)> Group(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<(string, long)>();
        while (r.Read()) rows.Add((r.IsDBNull(0) ? "(none)" : r.GetString(0), r.GetInt64(1)));
        return rows;
    }

    private long Scalar(string sql) => Scalar<long>(sql);

    private T? Scalar<T>(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() is T t ? t : default;
    }
}

public sealed record StoreStats(
    long Total,
    IReadOnlyList<(string Key, long Count)> ByLiveness,
    IReadOnlyList<(string Key, long Count)> ByStatus,
    IReadOnlyList<(string Key, long Count)> ByClass,
    IReadOnlyList<(string Key, long Count)> ByOffice,
    IReadOnlyList<(string Key, long Count)> ByFormat,
    long WithoutWords,
    long Imports,
    string? LastImport);
