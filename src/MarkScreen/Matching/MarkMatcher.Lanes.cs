using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Matching;

/// <summary>
/// Texts in a batch, scanned in lanes that take steps in turn. Each scan step waits for the record of the state the
/// step before reached, and at 3M marks many of those records are past the core's caches (on the reference machine a
/// miss to memory costs 130-190 ns, against 20 ns for the last cache level): a text alone waits for them one after
/// another, which is why the same titles run about four times as fast when a few hundred of them are matched over and
/// over. Lanes ask for their next records one after another instead, and the waits overlap.
/// <para>
/// Measured at 3M marks, alternating with one text at a time in one process (0.3-s windows, 30 pairs): 8 lanes 1.20
/// times as fast, 16 lanes 1.16-1.29 (batches of 64 and 256 texts, in four runs), 24 lanes 1.19-1.26, 32 lanes 1.15
/// (each lane's buffers crowd the core's own cache); and against 16 in one process, in a fast phase, 8 to 20 lanes
/// all read 0.988-1.021. The automaton's walk alone, without outputs or judging, went from
/// 790,000 to 1,190,000 texts a second with 12 lanes. Earlier tries that overlapped two texts, or lanes cut from one
/// text, gained 1.02-1.06 or lost: two lanes are too few to hide a miss to memory. Measured with lanes and left out:
/// leaving a transition at its second failure (whose record nobody asked for) and coming back to it after the other
/// lanes, 0.964 (those shallow records are nearly always cached); dropping the failure record's prefetch, 0.985;
/// walking the tail walks during the scan, a step of the first unfinished walk per scan step, 0.994 (1.003 alone). Judging's
/// prefetch of a text's candidate entries still pays with lanes: without it, 0.961.
/// </para>
/// </summary>
public sealed partial class MarkMatcher
{
    private const int LaneCount = 16;

    /// <summary>
    /// Below this size of the shallow state records the batch calls take one text at a time: where the records the
    /// titles visit stay in the caches there are no misses to overlap, only the lanes' own work. Lanes measured 0.76
    /// times as fast as one text at a time at 10k marks (0.6 MB of records), 0.96 at 300k (7.4 MB) and 1.13-1.29 at
    /// 3M (41 MB). (Taking one text at a time below the limit, a batch reads 0.997 and 0.958 at 10k and 300k: filling
    /// 256 output lists instead of one.)
    /// </summary>
    private const long LanesFromStateBytes = 16 << 20;

    /// <summary>Where lanes start (<see cref="LanesFromStateBytes"/>); tests set 0 to run lanes over a small register.</summary>
    internal long LanesFrom { get; init; } = LanesFromStateBytes;

    /// <summary>One text being scanned: its skeleton, where the scan is in it, and the candidates found so far.</summary>
    private sealed class ScanLane
    {
        public readonly MatchText Text = new();
        public readonly List<ScanHit> Raw = [];
        public readonly List<long> Walks = [];
        public readonly List<ScanHit> WalkHits = [];
        /// <summary>The stream position the scan has reached (-1 before the first character), and the state there.</summary>
        public int At, State;
        /// <summary>Which text of the batch the lane holds, or -1.</summary>
        public int Item = -1;

        public void Start(ReadOnlySpan<char> text, int item)
        {
            Text.Set(text);
            Raw.Clear();
            Walks.Clear();
            WalkHits.Clear();
            At = -1;
            State = 0;
            Item = item;
        }
    }

    /// <summary>
    /// Every match in each of <paramref name="texts"/>, as <see cref="FindSpans(string, List{PatternSpan})"/> finds
    /// them, into the list at the same place in <paramref name="outputs"/> (each cleared first). Sixteen texts are
    /// scanned at a time, their steps taken in turn: at 3M marks about 1.2 times as fast as one text at a time, in
    /// batches of a few dozen texts or more. Allocates nothing once the buffers have grown.
    /// </summary>
    public void FindSpans(ReadOnlySpan<string> texts, ReadOnlySpan<List<PatternSpan>> outputs)
    {
        if (outputs.Length < texts.Length) throw new ArgumentException($"{texts.Length} texts need as many output lists; {outputs.Length} were given.", nameof(outputs));
        var view = new IndexView(index);
        if ((long)view.States.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<ShallowState>() < LanesFrom)
        {
            for (var i = 0; i < texts.Length; i++) FindSpans(texts[i], outputs[i]);
            return;
        }
        var lanes = Lanes();
        var next = 0;
        var busy = 0;
        foreach (var lane in lanes)
        {
            if (next == texts.Length) break;
            lane.Start(texts[next], next++);
            busy++;
        }
        while (busy > 0)
        {
            foreach (var lane in lanes)
            {
                if (lane.Item < 0 || Step(view, lane, lane.Text.Chars, ref lane.At, ref lane.State)) continue;
                // A finished text is judged at once, and its lane takes the next: the other lanes wait meanwhile.
                // Judging it a round later instead, its candidates' entries asked for as it ended, was 0.975 times as
                // fast (alternating in one process).
                EndScan(view, lane);
                var output = outputs[lane.Item];
                output.Clear();
                _lane = lane;
                JudgeLane(view, texts[lane.Item], output);
                if (next < texts.Length) lane.Start(texts[next], next++);
                else
                {
                    lane.Item = -1;
                    busy--;
                }
            }
        }
    }

    private ReadOnlySpan<ScanLane> Lanes()
    {
        if (_lanes.Length < LaneCount)
        {
            var lanes = new ScanLane[LaneCount];
            _lanes.CopyTo(lanes, 0);
            for (var l = _lanes.Length; l < lanes.Length; l++) lanes[l] = new ScanLane();
            _lanes = lanes;
        }
        return _lanes;
    }
}
