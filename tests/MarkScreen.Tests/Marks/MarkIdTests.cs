using MarkScreen.Marks;

namespace MarkScreen.Tests.Marks;

public class MarkIdTests
{
    [Theory]
    [InlineData("sn77478018", MarkIdKind.Serial, "77478018")]
    [InlineData("77478018", MarkIdKind.Serial, "77478018")]
    [InlineData("SN 77-478,018", MarkIdKind.Serial, "77478018")]
    [InlineData("rn2178784", MarkIdKind.Registration, "2178784")]
    [InlineData("RN 2,178,784", MarkIdKind.Registration, "2178784")]
    [InlineData("reg0835284", MarkIdKind.Registration, "0835284")]
    public void Serial_and_registration_numbers_are_read_as_users_type_them(string text, MarkIdKind kind, string number)
    {
        Assert.True(MarkId.TryParse(text, out var id));
        Assert.Equal(kind, id.Kind);
        Assert.Equal(number, id.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("rn")]
    [InlineData("sn12#45")]
    public void Garbage_is_not_an_id(string text) => Assert.False(MarkId.TryParse(text, out _));
}
