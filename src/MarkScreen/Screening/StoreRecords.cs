using MarkScreen.Judging;
using MarkScreen.Marks;
using MarkScreen.Registers.Store;

namespace MarkScreen.Screening;

/// <summary>
/// Full records from the store for findings' evidence, shared by all screening threads. A SQLite connection is not
/// thread-safe, so each thread reads through its own read-only connection (WAL lets readers run side by side);
/// popular marks repeat across listings, so records are cached (up to a bound, then the cache starts afresh: memory
/// stays flat however long the run).
/// </summary>
public sealed class StoreRecords(MarkStore store, int capacity = 50_000) : IMarkRecords, IDisposable
{
    private readonly BoundedCache<long, TrademarkRecord?> _cache = new(capacity);
    private readonly ThreadLocal<MarkStore> _readers = new(() => MarkStore.Open(store.Path, readOnly: true), trackAllValues: true);

    public TrademarkRecord? Get(long storeId)
    {
        return _cache.GetOrAdd(storeId, id => _readers.Value!.Get(id)?.Record);
    }

    /// <summary>Any read of the store, through this thread's own read-only connection (results must not be lazy).</summary>
    public T Read<T>(Func<MarkStore, T> query) => query(_readers.Value!);

    /// <summary>Marks by text from the store (see MarkStore.FindByText).</summary>
    public List<StoredMark> FindByText(string text, Liveness? liveness, int limit) => Read(s => s.FindByText(text, liveness, limit).ToList());

    public void Dispose()
    {
        foreach (var reader in _readers.Values) reader.Dispose();
        _readers.Dispose();
    }
}
