namespace MarkScreen.Index;

/// <summary>
/// The build's distinct skeletons, numbered in order of first appearance: their characters run together
/// (<see cref="Skeletons"/>, whose lists are the PatternChars and PatternStart sections) and an open-addressing
/// table of (hash tag, number) words over them.
/// <para>
/// It replaced a <c>Dictionary&lt;string, int&gt;</c> looked up by span, which cost three cache misses a mark (bucket,
/// entry, key string) and a string per skeleton, held from old arrays: every young collection of a 3M-mark build
/// scanned the dictionary's 72 MB of entries for them, and copied them on. Here a look-up reads one slot and, when the
/// tag agrees, the skeleton's characters; the skeletons become strings once, after all marks are in.
/// </para>
/// </summary>
internal sealed class SkeletonTable
{
    private long[] _slots;
    private int _mask, _shift;

    public SkeletonTable(int capacity)
    {
        _slots = new long[SlotsFor(capacity)];
        (_mask, _shift) = Geometry(_slots.Length);
        Skeletons = new CharRuns(capacity, 12);
    }

    /// <summary>The skeletons run together, in number order.</summary>
    public CharRuns Skeletons { get; }

    public int Count => Skeletons.Count;

    public ReadOnlySpan<char> this[int number] => Skeletons[number];

    /// <summary>The number of <paramref name="skeleton"/>, which is added if new (<paramref name="added"/>).</summary>
    public int GetOrAdd(ReadOnlySpan<char> skeleton, out bool added)
    {
        var hash = Hash(skeleton);
        // The top bits pick the slot; the low 32 are the tag kept in it (never 0, so an empty slot is 0).
        var tag = (uint)hash | 1u;
        for (var slot = (int)(hash >> _shift); ; slot = (slot + 1) & _mask)
        {
            var word = _slots[slot];
            if (word == 0)
            {
                var number = Count;
                _slots[slot] = ((long)tag << 32) | (uint)number;
                Skeletons.Add(skeleton);
                added = true;
                if (Count * 2 > _slots.Length) Grow();
                return number;
            }
            if ((uint)(word >> 32) == tag && this[(int)word].SequenceEqual(skeleton))
            {
                added = false;
                return (int)word;
            }
        }
    }

    /// <summary>Each skeleton as a string, in number order.</summary>
    public string[] Strings()
    {
        var strings = new string[Count];
        for (var i = 0; i < strings.Length; i++) strings[i] = new string(this[i]);
        return strings;
    }

    /// <summary>The polynomial hash, mixed (a Fibonacci multiply) so that its top bits can pick a slot.</summary>
    private static ulong Hash(ReadOnlySpan<char> skeleton) => unchecked((ulong)KeyHash.Polynomial(skeleton) * 0x9E3779B97F4A7C15UL);

    private static (int Mask, int Shift) Geometry(int slots) => (slots - 1, 64 - System.Numerics.BitOperations.Log2((uint)slots));

    private static int SlotsFor(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        (_mask, _shift) = Geometry(_slots.Length);
        foreach (var word in old)
        {
            if (word == 0) continue;
            var slot = (int)(Hash(this[(int)word]) >> _shift);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = word;
        }
    }
}
