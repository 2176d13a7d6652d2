using System.Collections.Concurrent;
using MarkScreen.Judging;
using MarkScreen.Marks;
using MarkScreen.Registers.Store;

namespace MarkScreen.Screening;

/// <summary>
/// Full records from the store for findings' evidence, shared by all screening threads. SQLite connections are not
/// thread-safe, so reads take a lock; popular marks repeat across listings, so records are cached (up to a bound,
/// then the cache starts afresh: memory stays flat however long the run).
/// </summary>
public sealed class StoreRecords(MarkStore store, int capacity = 20_000) : IMarkRecords
{
    private readonly ConcurrentDictionary<long, TrademarkRecord?> _cache = new();
    private readonly Lock _lock = new();

    public TrademarkRecord? Get(long storeId)
    {
        if (_cache.TryGetValue(storeId, out var cached)) return cached;
        TrademarkRecord? record;
        lock (_lock) record = store.Get(storeId)?.Record;
        if (_cache.Count >= capacity) _cache.Clear();
        _cache[storeId] = record;
        return record;
    }
}
