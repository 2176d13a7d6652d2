using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Matching;

/// <summary>
/// The scan: Aho-Corasick over the shallow part of the automaton, with a forward tail walk from every state of full
/// shallow depth for the longer marks (see AhoCorasickBuilder and DeepState). Candidates go into a raw list in order of their end.
/// <para>
/// Measured and left out, for overlapping the scan's waits for state records past the core's caches (each step needs
/// the record the last one found):
/// </para>
/// <list type="bullet">
/// <item>cutting one text into two to four lanes scanned in lock step (a lane can start anywhere if it starts
/// ShallowDepth characters early), with and without software prefetch of the next state's record: 5-10% slower at 3M
/// marks and 20% slower at 10k, the lanes' extra work and branch mispredictions costing more than the overlap gained;</item>
/// <item>scanning two texts in turn in one loop (a pair API): 1.06 times as fast at 3M marks before short words had
/// their table and judging stopped copying structs, 1.02 after, in alternating windows in one process. Two are too
/// few: sixteen texts in turn hide the misses (see MarkMatcher.Lanes.cs, the batch calls).</item>
/// <item>two passes, the states of the whole text first and then their outputs and tail walks, so that the first
/// pass is a tight loop of steps alone: 0.91 times as fast with huge pages at 3M marks (the one loop overlaps the
/// outputs' work with the next step's wait), and 0.97-0.98 with that first pass cut into two or four lanes in lock
/// step, in alternating windows in one process; and two lanes each stepping and emitting in one loop, 0.99-1.00.</item>
/// </list>
/// </summary>
public sealed partial class MarkMatcher
{
    /// <summary>Scans the lane's text to its end, then makes its tail walks: the lane's candidates, in order of their end.</summary>
    private static void Scan(in IndexView view, ScanLane lane)
    {
        // The position and state stay in locals here: kept in the lane's fields, one text alone scanned 1.02 times slower.
        var chars = lane.Text.Chars;
        int at = -1, state = 0;
        while (Step(view, lane, chars, ref at, ref state)) { }
        EndScan(view, lane);
    }

    /// <summary>
    /// One step of a lane's scan: the candidates ending at its position, whose state's record the step before asked
    /// the core to load, then the transition on the next character, whose record it asks for in turn (false at the
    /// text's end). Between the two a batch steps its other lanes, so that their waits for records overlap.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Step(in IndexView view, ScanLane lane, ReadOnlySpan<char> chars, ref int at, ref int current)
    {
        var text = lane.Text;
        var states = view.States;
        var i = at;
        var state = current;
        if (i >= 0)
        {
            // The candidates ending here: the state's output list, short words at a word's end, and a tail walk from
            // full depth. They are gathered here, the rarer parts called: a method of their own, called for every
            // character with its saved registers, was 1.01 times slower (alternating in one process, 3 of 3 runs).
            ref readonly var record = ref states[state];
            // The failure link's record is loaded while this step finishes: a step in three fails there next (1.02
            // times as fast at 3M marks, alternating in one process).
            CacheLines.Prefetch(states, record.Fail);
            if (record.HasOutput) EmitOutputs(record, i, lane.Raw);
            // The output lists hold patterns of four characters or more; shorter ones come from EmitShort, which can
            // find one only where a word (or a plural's stem) of three characters or fewer ends: a flag set as each
            // word ends. (Asked at every word end and plural stem instead, 1.042 and 1.048 times slower in batches,
            // alternating in one process, 17 and 18 of 20 windows; a look-ahead for plurals at every character
            // before that was 1.04-1.05 times slower again.)
            if ((text.Flags(i) & MatchText.Boundary.ShortEnd) != 0) EmitShort(view, text, i, lane.Raw);
            // A full depth's tail walk is put off to the end of the text, its first deep record loaded meanwhile
            // (1.004-1.016 times as fast as walking at once, alternating in one process, 27 and 23 of 40 windows).
            if (record.IsFullDepth && i + 1 < chars.Length)
            {
                var child = Automaton.Child(record, state, view.ShallowOtherLabels, view.EdgeLabel, 1, view.LabelAlphabet, chars[i + 1]);
                if (child >= 0)
                {
                    CacheLines.Prefetch(view.DeepStates, child - view.Shallow);
                    lane.Walks.Add(((long)child << 32) | (uint)(i + 1));
                }
            }
        }
        if (++i >= chars.Length) return false;
        state = Advance(states, view.Root, view.ShallowLabels, view.ShallowOtherLabels, view.LabelAlphabet, state, chars[i]);
        CacheLines.Prefetch(states, state);
        at = i;
        current = state;
        return true;
    }

    /// <summary>The lane's tail walks, put off to the end of its text, merged into its candidates.</summary>
    private static void EndScan(in IndexView view, ScanLane lane)
    {
        foreach (var w in lane.Walks) TailWalk(view, lane.Text, (int)(w >> 32), (int)w, lane.WalkHits);
        if (lane.WalkHits.Count > 0) MergeByEnd(lane.Raw, lane.WalkHits);
    }

    /// <summary>The output list of a state's record, as hits ending at <paramref name="i"/> (written out per record: walking the chain through the patterns' records was a dependent miss each).</summary>
    private static void EmitOutputs(in ShallowState record, int i, List<ScanHit> raw)
    {
        for (int o = record.OutputStart, end = o + record.OutputCount; o < end; o++) raw.Add(new ScanHit(Entry.Output(o), i));
    }

    /// <summary>One scan step: the goto transition, following failure links until one exists or the root is reached.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Advance(ReadOnlySpan<ShallowState> states, ReadOnlySpan<int> root, ReadOnlySpan<char> labels, ReadOnlySpan<long> otherLabels, ReadOnlySpan<byte> alphabet, int state, char c)
    {
        int next;
        while ((next = Automaton.Step(states, root, labels, otherLabels, alphabet, state, c)) < 0 && state != 0) state = states[state].Fail;
        return next < 0 ? 0 : next;
    }

    /// <summary>
    /// The patterns of one to three characters that end at <paramref name="end"/> (a word's end, or before a plural
    /// ending) and start at a word start: Judge counts short marks only as whole words, so nothing else could count.
    /// A word of coded labels (nearly all) is one read in ShortWords; others walk the first three levels of the trie.
    /// </summary>
    private static void EmitShort(in IndexView view, MatchText text, int end, List<ScanHit> raw)
    {
        var shortPatterns = view.ShortPatterns;
        var chars = text.Chars;
        for (var length = Math.Min(AhoCorasickBuilder.ShortPatternLength - 1, end + 1); length >= 1; length--)
        {
            var start = end - length + 1;
            if ((text.Flags(start) & MatchText.Boundary.WordStart) == 0) continue;
            var key = Automaton.ShortWordKey(chars.Slice(start, length), view.LabelAlphabet, view.CodedLabels);
            if (key >= 0)
            {
                if (view.ShortWords[key].Pattern >= 0) raw.Add(new ScanHit(Entry.ShortWord(key), end));
                continue;
            }
            var state = 0;
            for (var j = start; j <= end && state >= 0; j++) state = view.Goto(state, chars[j]);
            if ((uint)state < (uint)shortPatterns.Length && shortPatterns[state] is var pattern and >= 0) raw.Add(new ScanHit(Entry.Chain(pattern), end));
        }
    }

    /// <summary>Follows the text from deep state <paramref name="state"/>, reached at position <paramref name="j"/>, into the deep states.</summary>
    private static void TailWalk(in IndexView view, MatchText text, int state, int j, List<ScanHit> hits)
    {
        var chars = text.Chars;
        var deepStates = view.DeepStates;
        // Deep patterns are longer than the shallow depth: only a very shallow one leaves some of EmitShort's to skip.
        var mayBeShort = view.ShallowDepth < AhoCorasickBuilder.ShortPatternLength - 1;
        while (state >= 0)
        {
            ref readonly var deep = ref deepStates[state - view.Shallow];
            if (deep.IsTerminal && view.TerminalPattern(deep, state) is var pattern
                && (!mayBeShort || view.PatternChain[pattern].Facts.Length >= AhoCorasickBuilder.ShortPatternLength))
                hits.Add(new ScanHit(Entry.Chain(pattern), j));
            if (++j >= chars.Length) break;
            state = view.DeepChild(deep, state, chars[j]);
        }
    }

    /// <summary>
    /// Merges the tail walks' hits into the scan's (both then in order of their end; on a tie the scan's first). The
    /// walks' hits are nearly in order already (walks run in order of their start, and only overlapping ones
    /// interleave): a stable insertion sort puts them in order. Sorting them into the scan's hits that way instead
    /// moved each past every later scan hit, quadratic in a long description.
    /// </summary>
    private static void MergeByEnd(List<ScanHit> raw, List<ScanHit> walkHits)
    {
        var hits = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(walkHits);
        for (var i = 1; i < hits.Length; i++)
        {
            var x = hits[i];
            var j = i - 1;
            while (j >= 0 && hits[j].End > x.End)
            {
                hits[j + 1] = hits[j];
                j--;
            }
            hits[j + 1] = x;
        }
        var scanned = raw.Count;
        raw.AddRange(hits);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(raw);
        for (int a = scanned - 1, b = hits.Length - 1, w = all.Length - 1; b >= 0; w--)
            all[w] = a >= 0 && all[a].End > hits[b].End ? all[a--] : hits[b--];
    }
}
