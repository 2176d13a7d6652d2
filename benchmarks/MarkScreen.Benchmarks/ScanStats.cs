using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Benchmarks;

/// <summary>
/// What the scan does per character over the real titles, against an index saved by match-build (scan-stats SIZE
/// SHARED): steps and failure steps, states with output and outputs read, tail walks, and how many distinct records
/// and 64-byte lines of records the titles touch (the layout's figure of merit: see ShallowLayout), and how many of
/// each title's record reads go to lines a pass reads rarely (likely misses past the core's caches).
/// </summary>
internal static class ScanStats
{
    public static int Run(string[] args)
    {
        var size = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var titles = BenchmarkData.Titles(args[1]);
        using var index = MarkIndex.Load(Path.Combine(Path.GetTempPath(), $"markscreen-bench-{size}.msidx"));
        var view = new IndexView(index);
        var text = new MatchText();
        long chars = 0, steps = 0, fails = 0, heads = 0, chainRecords = 0, tailWalks = 0, emptyWalks = 0, deepSteps = 0, deepHits = 0, rankedHits = 0;
        var records = new HashSet<int>();
        var visited = new List<int>(); // every record read, in order
        foreach (var t in titles)
        {
            text.Set(t);
            var state = 0;
            var at = -1;
            foreach (var c in text.Chars)
            {
                chars++;
                at++;
                int next;
                while (true)
                {
                    steps++;
                    next = Automaton.Step(view.States, view.Root, view.ShallowLabels, view.ShallowOtherLabels, view.LabelAlphabet, state, c);
                    if (next >= 0 || state == 0) break;
                    fails++;
                    state = view.States[state].Fail;
                    records.Add(state);
                    visited.Add(state);
                }
                state = next < 0 ? 0 : next;
                records.Add(state);
                visited.Add(state);
                ref readonly var record = ref view.States[state];
                if (record.IsFullDepth)
                {
                    tailWalks++;
                    var before = deepSteps;
                    for (int j = at + 1, deep = -1; j < text.Length; j++)
                    {
                        deep = deep < 0 ? Automaton.Child(record, state, view.ShallowOtherLabels, view.EdgeLabel, 1, view.LabelAlphabet, text.Chars[j]) : view.DeepChild(view.DeepStates[deep - view.Shallow], deep, text.Chars[j]);
                        if (deep < 0) break;
                        deepSteps++;
                        ref readonly var deepRecord = ref view.DeepStates[deep - view.Shallow];
                        if (deepRecord.IsTerminal) deepHits++;
                        if (deepRecord.IsTerminal && !deepRecord.HasPattern) rankedHits++;
                    }
                    if (deepSteps == before) emptyWalks++;
                }
                if (!record.HasOutput) continue;
                heads++;
                chainRecords += record.OutputCount;
            }
        }
        var lines = records.Select(r => r / 4).Distinct().Count();
        var spread = records.Count == 0 ? 0 : records.Max() / 4;
        Console.WriteLine($"titles {titles.Count:N0}, {(double)chars / titles.Count:N1} characters each; per character: {(double)steps / chars:N2} steps, "
            + $"{(double)fails / chars:N2} failure steps, {(double)heads / chars:N2} states with output, {(double)chainRecords / chars:N2} outputs, {(double)tailWalks / chars:N2} tail walks of {(double)deepSteps / Math.Max(1, tailWalks):N1} deep steps");
        Console.WriteLine($"tail walks: {(double)tailWalks / titles.Count:N2} per title, {(double)emptyWalks / Math.Max(1, tailWalks):P0} of them ending at the record, {(double)deepHits / titles.Count:N2} deep patterns reached per title ({(double)rankedHits / titles.Count:N2} of them not held by their records)");
        // Reads of a line that a pass over the titles reads rarely come from far away: each title's share of them.
        var lineReads = visited.GroupBy(r => r / 4).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine("record reads per title, by how often a pass reads the line: "
            + string.Join(", ", new[] { 1, 4, 16, 64, 256, 1024 }.Select(k => $"<= {k}: {(double)visited.Count(r => lineReads[r / 4] <= k) / titles.Count:N1}")));
        Console.WriteLine($"records touched: {records.Count:N0} distinct, in {lines:N0} lines of 64 bytes ({lines * 64 / 1e6:N1} MB), spread over {spread * 64 / 1e6:N1} MB of {view.States.Length * 16 / 1e6:N1} MB");
        return 0;
    }
}
