using MarkScreen.Judging;
using MarkScreen.Judging.Goods;

namespace MarkScreen.Screening;

/// <summary>One marketplace listing to screen. <see cref="Line"/> is where it started in its file (1-based).</summary>
public sealed record Listing(string Id, string Title, string? Description = null, string? Category = null, string? Brand = null, string? Seller = null, long Line = 0);

/// <summary>A listing row that could not be used, and why; the run goes on without it.</summary>
public sealed record ListingIssue(string File, long Line, string? Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {(Field is null ? "" : Field + ": ")}{Message}";
}

/// <summary>A title rewritten without its risky terms, and what screening the rewrite found.</summary>
public sealed record SaferTitle(string Text, IReadOnlyList<string> Removed, bool Clean, IReadOnlyList<Finding> Remaining);

/// <summary>Everything screening found in one listing, riskiest finding first.</summary>
public sealed record ListingResult(Listing Listing, IReadOnlyList<ClassGuess> Classes, IReadOnlyList<Finding> Findings, SaferTitle? Suggestion)
{
    public RiskLevel? Risk => Findings.Count == 0 ? null : Findings.Max(f => f.Risk);
    public double Score => Findings.Count == 0 ? 0 : Findings.Max(f => f.Score);
}
