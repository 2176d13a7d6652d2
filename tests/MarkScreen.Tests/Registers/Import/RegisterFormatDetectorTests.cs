using System.Text;
using MarkScreen.Registers.Import;

namespace MarkScreen.Tests.Registers.Import;

public class RegisterFormatDetectorTests
{
    [Theory]
    [InlineData("uspto-bulk/daily-na-98763166.xml", RegisterFormat.UsptoXml)]
    [InlineData("tsdr/rn2178784-ST66.xml", RegisterFormat.St66)]
    [InlineData("tsdr/rn2178784-ST96.xml", RegisterFormat.St96)]
    [InlineData("tsdr/rn2178784-ST96-old.xml", RegisterFormat.St96)]
    public void Shipped_samples_are_recognised_by_content(string sample, RegisterFormat expected)
    {
        var head = File.ReadAllBytes(TestData.Samples(sample.Split('/')));
        Assert.Equal(expected, RegisterFormatDetector.Detect(head.AsSpan(0, Math.Min(head.Length, RegisterFormatDetector.SniffBytes))));
    }

    [Fact]
    public void The_daily_file_prolog_with_its_internal_dtd_is_uspto_xml()
    {
        var head = File.ReadAllBytes(TestData.Shared("uspto-trademarks", "case-file-records", "prolog-application-v2-current.xml"));
        Assert.Equal(RegisterFormat.UsptoXml, RegisterFormatDetector.Detect(head));
    }

    [Theory]
    [InlineData("mark,owner\nNIKE,Nike Inc.\n", RegisterFormat.Csv)]
    [InlineData("<html><body>Service unavailable</body></html>", RegisterFormat.Unknown)]
    [InlineData("", RegisterFormat.Unknown)]
    public void Text_is_csv_and_other_xml_is_unknown(string text, RegisterFormat expected) =>
        Assert.Equal(expected, RegisterFormatDetector.Detect(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Zip_and_binary_files_are_told_apart()
    {
        Assert.Equal(RegisterFormat.Zip, RegisterFormatDetector.Detect("PK\u0003\u0004rest"u8));
        Assert.Equal(RegisterFormat.Unknown, RegisterFormatDetector.Detect(new byte[] { 0x25, 0x50, 0x44, 0x46, 0, 1, 2 }));
    }
}
