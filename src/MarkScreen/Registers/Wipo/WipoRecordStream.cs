using System.Xml;
using System.Xml.Linq;

namespace MarkScreen.Registers.Wipo;

/// <summary>
/// Streams the trademark elements of an ST.66 or ST.96 document one at a time: a TSDR status file holds one, an
/// office bulk export thousands. Only direct children of the bag element are records, so the marks quoted inside
/// opposition proceedings are not mistaken for records. A well-formedness error ends the document (XmlReader
/// cannot resume), but every record before it is kept and the error names its line.
/// </summary>
internal static class WipoRecordStream
{
    public readonly record struct Item(XElement? Record, XElement? TransactionApplicants, string? Error, long Line);

    public static IEnumerable<Item> Read(Stream stream, string bagName, string recordName)
    {
        using var reader = XmlReader.Create(stream, XmlRecordReading.Settings());
        var bagDepth = -1;
        while (true)
        {
            XElement? element = null;
            string? error = null;
            long errorLine = 0;
            var isApplicants = false;
            try
            {
                if (!reader.Read()) yield break;
                if (reader.NodeType != XmlNodeType.Element) continue;
                var name = reader.LocalName;
                if (name == bagName)
                {
                    bagDepth = reader.Depth;
                    continue;
                }
                if (name == recordName && reader.Depth == bagDepth + 1)
                {
                    element = XElement.Load(reader.ReadSubtree(), LoadOptions.SetLineInfo);
                }
                else if (name == "ApplicantDetails" && bagDepth >= 0 && reader.Depth <= bagDepth)
                {
                    // ST.66 from TSDR puts the applicants beside the TradeMarkDetails, not inside the mark.
                    element = XElement.Load(reader.ReadSubtree(), LoadOptions.SetLineInfo);
                    isApplicants = true;
                }
            }
            catch (XmlException ex)
            {
                error = $"invalid XML: {ex.Message}";
                errorLine = ex.LineNumber;
            }

            if (error is not null)
            {
                yield return new Item(null, null, error, errorLine);
                yield break;
            }
            if (element is not null)
                yield return isApplicants ? new Item(null, element, null, element.Line()) : new Item(element, null, null, element.Line());
        }
    }
}
