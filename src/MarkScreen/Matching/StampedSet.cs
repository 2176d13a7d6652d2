namespace MarkScreen.Matching;

/// <summary>
/// A set of non-negative ints that empties in constant time: each slot carries the generation it was written in, and
/// <see cref="Clear"/> starts a new generation. The typo pass empties its set once per window, dozens of times per
/// title; HashSet&lt;int&gt;.Clear zeroes its whole capacity each time, and that was two thirds of all matching time.
/// </summary>
internal sealed class StampedSet
{
    private long[] _slots = new long[64];
    private int _count;
    private int _generation = 1;

    public void Clear()
    {
        _count = 0;
        if (++_generation != int.MaxValue) return;
        Array.Clear(_slots);
        _generation = 1;
    }

    /// <summary>Adds <paramref name="value"/>; false when it is already in the set.</summary>
    public bool Add(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (_count * 2 >= _slots.Length) Grow();
        var mask = _slots.Length - 1;
        var stamped = ((long)_generation << 32) | (uint)value;
        for (var i = Mix(value) & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == stamped) return false;
            if ((int)(slot >> 32) == _generation) continue;
            _slots[i] = stamped;
            _count++;
            return true;
        }
    }

    private static int Mix(int value) => (int)((uint)value * 0x9E3779B9u >> 7);

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        _count = 0;
        foreach (var slot in old)
            if ((int)(slot >> 32) == _generation) Add((int)slot);
    }
}
