namespace MarkScreen.Matching;

/// <summary>
/// Whether a span already found for a pattern overlaps a typo or sound-alike window, reading only the spans near the
/// window. Reading every span found for every window was quadratic in a long description: 85 s for 1.2 MB of repeated
/// marks and typos, where the scan took a fifth of a second.
/// </summary>
internal static class FoundSpans
{
    /// <summary>
    /// Whether a span of <paramref name="pattern"/> in <paramref name="found"/> overlaps [<paramref name="start"/>,
    /// <paramref name="end"/>). The first <paramref name="exactCount"/> spans (the normalised kinds') come in order of
    /// their end and are at most <paramref name="exactLongest"/> long; the rest (the windows reported so far) in order
    /// of their start, at most <paramref name="windowLongest"/> long, none starting after <paramref name="start"/>.
    /// </summary>
    public static bool Overlaps(ReadOnlySpan<PatternSpan> found, int exactCount, int exactLongest, int windowLongest, int pattern, int start, int end)
    {
        // The first exact span ending after the window starts; from there on, until spans must start at its end or later.
        int lo = 0, hi = exactCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (End(found[mid].Span) > start) hi = mid;
            else lo = mid + 1;
        }
        for (var i = lo; i < exactCount; i++)
        {
            var f = found[i].Span;
            if (End(f) - exactLongest >= end) break;
            if (found[i].Pattern == pattern && f.Start < end) return true;
        }
        // Back from the last window reported, until spans must end at the window's start or earlier.
        for (var i = found.Length - 1; i >= exactCount; i--)
        {
            var f = found[i].Span;
            if (f.Start + windowLongest <= start) break;
            if (found[i].Pattern == pattern && f.Start < end && start < End(f)) return true;
        }
        return false;
    }

    /// <summary>The simple twin: every span found.</summary>
    public static bool OverlapsAny(ReadOnlySpan<PatternSpan> found, int pattern, int start, int end)
    {
        foreach (var f in found)
            if (f.Pattern == pattern && f.Span.Start < end && start < End(f.Span)) return true;
        return false;
    }

    private static int End(in MatchSpan span) => span.Start + span.Length;
}
