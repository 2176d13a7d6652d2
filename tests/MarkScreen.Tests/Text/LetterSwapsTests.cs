using MarkScreen.Text;

namespace MarkScreen.Tests.Text;

public class LetterSwapsTests
{
    [Theory]
    [InlineData("NlKE", "NIKE", LetterSwaps.Verdict.LookAlike)]
    [InlineData("lPhone", "IPHONE", LetterSwaps.Verdict.LookAlike)]
    [InlineData("AppIe", "APPLE", LetterSwaps.Verdict.LookAlike)]
    [InlineData("GoogIe", "GOOGLE", LetterSwaps.Verdict.LookAlike)]
    [InlineData("lcd", "ICD", LetterSwaps.Verdict.Plain)]
    [InlineData("LCD", "ICD", LetterSwaps.Verdict.Plain)]
    [InlineData("dalla", "DALIA", LetterSwaps.Verdict.Plain)]
    [InlineData("Fit", "FLT", LetterSwaps.Verdict.Plain)]
    [InlineData("lbs", "IBS", LetterSwaps.Verdict.Plain)]
    [InlineData("W/Li", "WII", LetterSwaps.Verdict.Plain)]
    [InlineData("i3", "L-3", LetterSwaps.Verdict.Plain)]
    [InlineData("Core l7", "COREI7", LetterSwaps.Verdict.Plain)]
    [InlineData("CORE l7", "COREI7", LetterSwaps.Verdict.LookAlike)]
    [InlineData("N1KE", "NIKE", LetterSwaps.Verdict.NotSwaps)]
    [InlineData("SНЕIN", "SHEIN", LetterSwaps.Verdict.NotSwaps)]
    [InlineData("Nike", "NIKE", LetterSwaps.Verdict.NotSwaps)]
    [InlineData("Nikes", "NIKE", LetterSwaps.Verdict.NotSwaps)]
    public void Only_an_l_among_capitals_or_a_capital_I_among_small_letters_looks_like_the_other(string text, string mark, LetterSwaps.Verdict verdict)
    {
        Assert.Equal(verdict, LetterSwaps.Of(text, MatchText.FoldKey(mark)));
        // The matcher knows a mark by its fold hash alone: the swaps are tried until it matches, to the same verdict.
        Assert.Equal(verdict, LetterSwaps.Of(text, MatchText.FoldHash(mark)));
    }

    [Theory]
    [InlineData("Ailsha", "ALISHA", true)]
    [InlineData("FILGHT", "FLIGHT", true)]
    [InlineData("dalla", "DALIA", false)]
    [InlineData("LlL", "ILI", false)]
    [InlineData("lIal", "ILAI", false)]
    [InlineData("alla", "AIIA", false)]
    public void A_transposed_il_is_told_from_swapped_letters(string text, string mark, bool transposed)
    {
        Assert.Equal(LetterSwaps.Verdict.Plain, LetterSwaps.Of(text, MatchText.FoldHash(mark), out var pair));
        Assert.Equal(transposed, pair);
    }

    [Theory]
    [InlineData("III", "111")]
    [InlineData("SO", "50")]
    [InlineData("opened", "OPEN3D")]
    public void Letters_never_imitate_digits(string text, string mark) =>
        Assert.Equal(LetterSwaps.Verdict.Plain, LetterSwaps.Of(text, MatchText.FoldKey(mark)));

    [Fact]
    public void Many_swappable_letters_are_not_tried_every_way()
    {
        // Eight I/l letters are tried 255 ways; beyond that the text is left to the other rules.
        Assert.Equal(LetterSwaps.Verdict.NotSwaps, LetterSwaps.Of("lllllllll", MatchText.FoldHash("IIIIIIIII")));
        Assert.Equal(LetterSwaps.Verdict.Plain, LetterSwaps.Of("llllllll", MatchText.FoldHash("IIIIIIII")));
    }
}
