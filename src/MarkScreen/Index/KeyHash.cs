namespace MarkScreen.Index;

/// <summary>64-bit FNV-1a over characters: stable across processes (unlike string.GetHashCode), so it can be saved.</summary>
internal static class KeyHash
{
    public static long Of(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return unchecked((long)h);
    }

    /// <summary>The hash of <paramref name="s"/> with the character at <paramref name="skip"/> removed, without copying.</summary>
    public static long OfWithout(ReadOnlySpan<char> s, int skip)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip) continue;
            h = (h ^ s[i]) * 1099511628211UL;
        }
        return unchecked((long)h);
    }

    /// <summary>The range of <paramref name="key"/> in sorted <paramref name="keys"/> (empty when absent).</summary>
    public static Range Find(ReadOnlySpan<long> keys, long key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        var end = lo;
        while (end < keys.Length && keys[end] == key) end++;
        return lo..end;
    }
}
