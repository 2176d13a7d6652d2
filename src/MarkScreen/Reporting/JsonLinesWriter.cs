using System.Text;
using System.Text.Json;
using MarkScreen.Judging;
using MarkScreen.Screening;

namespace MarkScreen.Reporting;

/// <summary>One JSON object per finding, one per line (see FindingRow for the fields).</summary>
public sealed class JsonLinesWriter(TextWriter output) : IParallelScreenWriter
{
    public void Write(ListingResult result, RiskLevel minRisk) => output.Write(Render(result, minRisk));

    public string Render(ListingResult result, RiskLevel minRisk)
    {
        var sb = new StringBuilder();
        foreach (var f in result.Findings)
            if (f.Risk >= minRisk) sb.Append(JsonSerializer.Serialize(FindingRow.From(result, f), JsonDefaults.Compact)).Append('\n');
        return sb.ToString();
    }

    public void WriteRendered(string rendered) => output.Write(rendered);

    public void Finish(ScreenSummary summary) => output.Flush();

    public void Dispose() => output.Dispose();
}
