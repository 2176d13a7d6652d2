using MarkScreen.Registers;

namespace MarkScreen.Tests.Registers;

public class RegisterDatesTests
{
    [Theory]
    [InlineData("20240925", 2024, 9, 25)]
    [InlineData("1995-02-07-05:00", 1995, 2, 7)]
    [InlineData("2015-04-14", 2015, 4, 14)]
    [InlineData(" 20000229 ", 2000, 2, 29)]
    public void Office_date_formats_parse_to_the_calendar_date(string text, int y, int m, int d)
    {
        Assert.True(RegisterDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00000000")]
    public void Empty_and_zero_dates_mean_no_date(string text)
    {
        Assert.True(RegisterDates.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("10101")]
    [InlineData("20231345")]
    [InlineData("20230229")]
    [InlineData("2023-02-07x")]
    [InlineData("yesterday")]
    public void Impossible_dates_are_refused(string text) => Assert.False(RegisterDates.TryParse(text, out _));

    [Theory]
    [InlineData("19960100", "1996-01")]
    [InlineData("19960000", "1996")]
    [InlineData("19960115", "1996-01-15")]
    public void First_use_dates_keep_the_precision_given(string text, string iso)
    {
        Assert.True(RegisterDates.TryParsePartial(text, out var result));
        Assert.Equal(iso, result);
    }
}
