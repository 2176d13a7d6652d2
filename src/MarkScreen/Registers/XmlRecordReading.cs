using System.Xml;

namespace MarkScreen.Registers;

/// <summary>Small helpers over XmlReader shared by the office-format readers.</summary>
internal static class XmlRecordReading
{
    /// <summary>
    /// Settings for untrusted register XML: no DTD processing (entity expansion attacks, and bulk files carry an
    /// internal DTD we do not need), whitespace and comments dropped, and control characters tolerated so a stray
    /// byte costs a cleaned field rather than a record.
    /// </summary>
    public static XmlReaderSettings Settings(XmlNameTable? names = null) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        NameTable = names,
        CloseInput = false,
    };

    /// <summary>
    /// Calls <paramref name="onChild"/> for each child element of the element the reader is on; the callback either
    /// consumes the child (e.g. ReadElementContentAsString) and returns true, or returns false and it is skipped.
    /// Leaves the reader just past the parent's end tag.
    /// </summary>
    public static void ForEachChild(XmlReader r, Func<XmlReader, bool> onChild)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.Depth == depth && r.NodeType == XmlNodeType.EndElement))
        {
            if (r.NodeType == XmlNodeType.Element)
            {
                var (line, column) = Position(r);
                if (!onChild(r) || (r.NodeType == XmlNodeType.Element && Position(r) == (line, column))) r.Skip();
            }
            else
            {
                r.Read();
            }
        }
        r.Read();
    }

    // A handler that claims a child but leaves the reader on it would loop forever; the position check skips it instead.
    private static (int, int) Position(XmlReader r) => r is IXmlLineInfo li ? (li.LineNumber, li.LinePosition) : (0, 0);

    /// <summary>Reads a leaf element's text (cleaned) and moves past it.</summary>
    public static string? Value(XmlReader r) => TextCleaner.Clean(r.ReadElementContentAsString());

    public static bool Flag(XmlReader r)
    {
        var t = r.ReadElementContentAsString().AsSpan().Trim();
        return t is "T" or "t" or "Y" or "y" || t.Equals("true", StringComparison.OrdinalIgnoreCase);
    }

    public static long LineOf(XmlReader r) => r is IXmlLineInfo li && li.HasLineInfo() ? li.LineNumber : 0;
}
