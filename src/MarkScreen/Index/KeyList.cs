namespace MarkScreen.Index;

/// <summary>
/// (key, pattern) pairs for the typo and sound-alike tables in two flat arrays, sorted in place by key as an unsigned
/// number with repeats dropped. At 3M marks there are 30M pairs: a list of tuples plus its sorted copies allocated
/// about 1.2 GB, and the kernel's zeroing of those pages was a third of the build.
/// </summary>
internal sealed class KeyList(int capacity)
{
    private ulong[] _keys = GC.AllocateUninitializedArray<ulong>(Math.Max(16, capacity));
    private int[] _patterns = GC.AllocateUninitializedArray<int>(Math.Max(16, capacity));

    public int Count { get; private set; }

    public void Add(long key, int pattern)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _patterns, _patterns.Length * 2);
        }
        _keys[Count] = unchecked((ulong)key);
        _patterns[Count] = pattern;
        Count++;
    }

    /// <summary>Sorts by key and drops repeated pairs; the key span reads the same bits as signed numbers.</summary>
    public (ReadOnlyMemory<long> Keys, int[] Patterns) SortedDistinct()
    {
        Array.Sort(_keys, _patterns, 0, Count);
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            // Runs of one key are a handful of patterns long; a repeat is found by looking back along the run.
            var repeat = false;
            for (var j = n - 1; j >= 0 && _keys[j] == _keys[i]; j--)
            {
                if (_patterns[j] != _patterns[i]) continue;
                repeat = true;
                break;
            }
            if (repeat) continue;
            (_keys[n], _patterns[n]) = (_keys[i], _patterns[i]);
            n++;
        }
        var keys = new long[n];
        System.Runtime.InteropServices.MemoryMarshal.Cast<ulong, long>(_keys.AsSpan(0, n)).CopyTo(keys);
        var patterns = _patterns.AsSpan(0, n).ToArray();
        _keys = [];
        _patterns = [];
        return (keys, patterns);
    }
}
