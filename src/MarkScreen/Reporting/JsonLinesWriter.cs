using System.Text.Json;
using MarkScreen.Judging;
using MarkScreen.Screening;

namespace MarkScreen.Reporting;

/// <summary>One JSON object per finding, one per line (see FindingRow for the fields).</summary>
public sealed class JsonLinesWriter(TextWriter output) : IScreenWriter
{
    public void Write(ListingResult result, RiskLevel minRisk)
    {
        foreach (var f in result.Findings)
            if (f.Risk >= minRisk) output.WriteLine(JsonSerializer.Serialize(FindingRow.From(result, f), JsonDefaults.Compact));
    }

    public void Finish(ScreenSummary summary) => output.Flush();

    public void Dispose() => output.Dispose();
}
