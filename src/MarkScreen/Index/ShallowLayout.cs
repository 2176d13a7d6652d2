using MarkScreen.Text;

namespace MarkScreen.Index;

/// <summary>
/// Where each shallow state's record goes. A scan step is one record read, and at 3M marks the records take 26 MB
/// while the states real titles pass through are a few percent of them, spread over all of it in breadth-first
/// order: nearly every step was a miss past the core's caches. So the records are laid out by expected visits: the
/// automaton scans a profile (the shipped English words and their common endings) at build time, and sibling groups
/// (a state's children, which must stay together and in label order for <see cref="Automaton.Step"/>) are placed
/// in order of their visits, the busiest first. The profile's 49k states then sit in about 1 MB, and took three
/// quarters of the real titles' steps on the generated 3M-mark register.
/// <para>
/// The root's children keep their breadth-first numbers (placed first, in order), so the root's table serves both
/// numberings. Groups nobody visited keep breadth-first order.
/// </para>
/// </summary>
internal static class ShallowLayout
{
    /// <summary>The texts a build lays out for when none are given: English words, plain and with common endings.</summary>
    public static IEnumerable<string> EnglishProfile()
    {
        foreach (var word in EnglishWords.All)
        {
            yield return word;
            yield return word + "s";
            yield return word + "ing";
            yield return word + "ed";
        }
    }

    /// <summary>
    /// How often the scan over <paramref name="profile"/> visits each shallow state (breadth-first numbering), failure
    /// steps included, as <see cref="Automaton.Step"/> would.
    /// </summary>
    public static int[] Visits(IEnumerable<string> profile, int[] root, int[] firstEdge, char[] labels, int[] fail, int tailStart, int shallow)
    {
        var visits = new int[shallow];
        var text = new MatchText();
        foreach (var p in profile)
        {
            text.Set(p);
            var state = 0;
            foreach (var c in text.Chars)
            {
                int next;
                while ((next = state < tailStart ? Automaton.Goto(state, c, root, firstEdge, labels) : -1) < 0 && state != 0)
                {
                    state = fail[state];
                    Bump(visits, state);
                }
                state = next < 0 ? 0 : next;
                Bump(visits, state);
            }
        }
        return visits;
    }

    private static void Bump(int[] visits, int state)
    {
        if (visits[state] < int.MaxValue) visits[state]++;
    }

    /// <summary>The record of each shallow state: the root first, then sibling groups by their visits, busiest first.</summary>
    public static int[] Records(int[] firstEdge, int[] visits, int tailStart, int shallow)
    {
        var record = new int[shallow];
        if (shallow <= 1) return record;
        // Parents whose children are shallow and scanned: all states before the full depth (the root's children are placed first, below).
        var parents = new List<int>(tailStart);
        var heat = new long[tailStart];
        for (var p = 1; p < tailStart; p++)
        {
            if (firstEdge[p + 1] == firstEdge[p]) continue;
            parents.Add(p);
            for (var e = firstEdge[p]; e < firstEdge[p + 1]; e++) heat[p] += visits[e + 1];
        }
        // Busiest first; equal heat (above all, never visited) keeps breadth-first order.
        parents.Sort((a, b) => heat[a] != heat[b] ? heat[b].CompareTo(heat[a]) : a.CompareTo(b));
        var next = 1;
        for (var e = firstEdge[0]; e < firstEdge[1]; e++) record[e + 1] = next++;
        foreach (var p in parents)
            for (var e = firstEdge[p]; e < firstEdge[p + 1]; e++) record[e + 1] = next++;
        if (next != shallow) throw new InvalidOperationException($"layout placed {next} of {shallow} shallow states");
        return record;
    }
}
