namespace MarkScreen.Registers.Import;

/// <summary>Input kinds, told apart by content, never by file name.</summary>
public enum RegisterFormat
{
    Unknown,
    UsptoXml,
    St66,
    St96,
    Csv,
    Zip,
}

public static class RegisterFormatDetector
{
    public const int SniffBytes = 64 * 1024;

    /// <summary>Detects the format from the first bytes of a file (up to <see cref="SniffBytes"/>).</summary>
    public static RegisterFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8)) return RegisterFormat.Zip;
        var body = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.StartsWith("<"u8))
        {
            if (body.IndexOf("<case-file>"u8) >= 0 || body.IndexOf("trademark-applications-daily"u8) >= 0) return RegisterFormat.UsptoXml;
            if (body.IndexOf("XMLSchema/ST96/Trademark"u8) >= 0 || body.IndexOf("XMLSchema/Trademark/1"u8) >= 0
                || body.IndexOf("TrademarkTransactionBody"u8) >= 0) return RegisterFormat.St96;
            if (body.IndexOf("www.wipo.int/standards/XMLSchema/trademarks"u8) >= 0 || body.IndexOf("TradeMarkTransactionBody"u8) >= 0)
                return RegisterFormat.St66;
            return RegisterFormat.Unknown;
        }
        // Text that is not XML is taken as CSV; binary (NUL bytes) and JSON are not.
        if (body.IndexOf((byte)0) >= 0 || trimmed.IsEmpty || trimmed[0] is (byte)'{' or (byte)'[') return RegisterFormat.Unknown;
        return RegisterFormat.Csv;
    }

    public static string Describe(RegisterFormat format) => format switch
    {
        RegisterFormat.UsptoXml => "USPTO bulk XML",
        RegisterFormat.St66 => "WIPO ST.66",
        RegisterFormat.St96 => "WIPO ST.96",
        RegisterFormat.Csv => "CSV register",
        RegisterFormat.Zip => "zip archive",
        _ => "unrecognised",
    };
}
