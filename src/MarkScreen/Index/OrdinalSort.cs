namespace MarkScreen.Index;

/// <summary>
/// Sorts strings in ordinal order by their characters four at a time (a most-significant-digit radix sort whose
/// digits are 64-bit keys sorted with the runtime's primitive sort): each string is read once per four characters it
/// shares with another, where a comparison sort reads two strings per comparison, about forty reads per string at
/// 1.5M skeletons, nearly all of them cache misses. Its simple twin is <c>Array.Sort</c> with
/// <see cref="StringComparer.Ordinal"/>, which the tests compare it with: at 3M marks (1.56M skeletons) it took 2.2 s
/// of the build, this 1.0-1.3 s.
/// </summary>
internal static class OrdinalSort
{
    /// <summary>Runs this short are finished by comparing whole strings.</summary>
    private const int ComparisonRun = 12;

    // Each method runs once a build, with long loops: optimised from the start rather than by tiers (the first tier's
    // code was a tenth of a 3M-mark build's sort).
    /// <summary>The positions of <paramref name="strings"/> in ascending ordinal order (equal strings in no set order).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int[] Order(string[] strings)
    {
        var order = new int[strings.Length];
        var keys = GC.AllocateUninitializedArray<ulong>(strings.Length);
        // The first digit in the strings' own order: a pass over them in turn.
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = Digit(strings[i], 0);
        }
        Array.Sort(keys, order);
        SortRuns(strings, order, keys, 0, order.Length, 0);
        return order;
    }

    /// <summary>Sorts each run of equal digits at <paramref name="depth"/> within [<paramref name="start"/>, <paramref name="end"/>) by its later characters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void SortRuns(string[] strings, int[] order, ulong[] keys, int start, int end, int depth)
    {
        for (var run = start; run < end;)
        {
            var next = run + 1;
            while (next < end && keys[next] == keys[run]) next++;
            if (next - run > 1)
            {
                // A digit ending in zero may end a string there (padding) or hold a real U+0000: whole comparisons
                // settle those few. (Distinct skeletons never tie that way.)
                if ((keys[run] & 0xFFFF) == 0) Array.Sort(order, run, next - run, new FromDepth(strings, depth));
                else SortRun(strings, order, keys, run, next, depth + 4);
            }
            run = next;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void SortRun(string[] strings, int[] order, ulong[] keys, int start, int end, int depth)
    {
        if (end - start <= ComparisonRun)
        {
            Array.Sort(order, start, end - start, new FromDepth(strings, depth));
            return;
        }
        for (var i = start; i < end; i++) keys[i] = Digit(strings[order[i]], depth);
        Array.Sort(keys, order, start, end - start);
        SortRuns(strings, order, keys, start, end, depth);
    }

    /// <summary>Characters [<paramref name="depth"/>, <paramref name="depth"/> + 4) as one number, past the end as zero: a shorter string sorts first.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static ulong Digit(string s, int depth)
    {
        ulong digit = 0;
        for (var k = 0; k < 4; k++)
        {
            var at = depth + k;
            digit = (digit << 16) | (at < s.Length ? s[at] : 0u);
        }
        return digit;
    }

    /// <summary>Compares the strings at two positions from character <paramref name="depth"/> on (the ones before are equal).</summary>
    private sealed class FromDepth(string[] strings, int depth) : IComparer<int>
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public int Compare(int x, int y)
        {
            var a = strings[x];
            var b = strings[y];
            return a.AsSpan(Math.Min(depth, a.Length)).SequenceCompareTo(b.AsSpan(Math.Min(depth, b.Length)));
        }
    }
}
