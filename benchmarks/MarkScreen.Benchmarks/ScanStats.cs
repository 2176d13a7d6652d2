using MarkScreen.Index;
using MarkScreen.Text;

namespace MarkScreen.Benchmarks;

/// <summary>
/// What the scan does per character over the real titles, against an index saved by match-build (scan-stats SIZE
/// SHARED): steps and failure steps, states with output and outputs read, tail walks, and how many distinct records
/// and 64-byte lines of records the titles touch (the layout's figure of merit: see ShallowLayout).
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
        long chars = 0, steps = 0, fails = 0, heads = 0, chainRecords = 0, tailWalks = 0, deepSteps = 0;
        var records = new HashSet<int>();
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
                    next = Automaton.Step(view.States, view.Root, view.ShallowLabels, view.LabelAlphabet, state, c);
                    if (next >= 0 || state == 0) break;
                    fails++;
                    state = view.States[state].Fail;
                    records.Add(state);
                }
                state = next < 0 ? 0 : next;
                records.Add(state);
                ref readonly var record = ref view.States[state];
                if (record.IsFullDepth)
                {
                    tailWalks++;
                    for (int j = at + 1, deep = record.FirstChild; j < text.Length && (deep = view.Goto(deep, text.Chars[j])) >= 0; j++) deepSteps++;
                }
                if (!record.HasOutput) continue;
                heads++;
                chainRecords += view.ShallowOutputStart[state + 1] - view.ShallowOutputStart[state];
            }
        }
        var lines = records.Select(r => r / 4).Distinct().Count();
        var spread = records.Count == 0 ? 0 : records.Max() / 4;
        Console.WriteLine($"titles {titles.Count:N0}, {(double)chars / titles.Count:N1} characters each; per character: {(double)steps / chars:N2} steps, "
            + $"{(double)fails / chars:N2} failure steps, {(double)heads / chars:N2} states with output, {(double)chainRecords / chars:N2} outputs, {(double)tailWalks / chars:N2} tail walks of {(double)deepSteps / Math.Max(1, tailWalks):N1} deep steps");
        Console.WriteLine($"records touched: {records.Count:N0} distinct, in {lines:N0} lines of 64 bytes ({lines * 64 / 1e6:N1} MB), spread over {spread * 64 / 1e6:N1} MB of {view.States.Length * 16 / 1e6:N1} MB");
        return 0;
    }
}
