using System.Collections.Concurrent;

namespace MarkScreen.Judging;

/// <summary>
/// A thread-safe memo that starts afresh when it reaches its bound, so memory stays flat however long a run is.
/// Counts its own insertions: ConcurrentDictionary.Count takes every lock and was a third of screening time.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _items = new();
    private int _count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_items.TryGetValue(key, out var known)) return known;
        var value = create(key);
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _items.Clear();
            Interlocked.Exchange(ref _count, 1);
        }
        _items[key] = value;
        return value;
    }
}
