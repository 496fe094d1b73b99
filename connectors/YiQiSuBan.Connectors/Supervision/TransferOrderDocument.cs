using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using YiQiSuBan.Connectors.Xml;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>
/// Reads a ZBDLIST document (already decoded) into transfer orders. A well-formed document yields every order;
/// a document that ends early fails as a whole; a complete document with one broken order fails that order only.
/// </summary>
public static partial class TransferOrderDocument
{
    [GeneratedRegex(@"<ZBD(?:\s[^>]*)?>.*?</ZBD\s*>", RegexOptions.Singleline)]
    private static partial Regex OrderElement();

    [GeneratedRegex(@"<ZBDH>\s*(?:<!\[CDATA\[)?\s*([A-Za-z0-9_-]{1,64})")]
    private static partial Regex OrderId();

    [GeneratedRegex(@"</ZBDLIST\s*>\s*$")]
    private static partial Regex DocumentEnd();

    public static IReadOnlyList<ParseResult> Read(string text)
    {
        if (SafeXml.DeclaresDtd(text))
            return [ParseResult.Fail("the document declares a DTD (<!DOCTYPE …>); DTDs and entities from outside are refused and never resolved")];
        try
        {
            return ReadWellFormed(text);
        }
        catch (XmlException e)
        {
            if (!DocumentEnd().IsMatch(text))
                return [ParseResult.Fail($"the document is truncated or not well-formed ({SafeXml.Describe(e)}); nothing of it was taken")];
            return ReadOrderByOrder(text, e);
        }
    }

    private static List<ParseResult> ReadWellFormed(string text)
    {
        var results = new List<ParseResult>();
        using var reader = SafeXml.Create(new StringReader(text));
        reader.MoveToContent();
        if (reader.LocalName != "ZBDLIST")
            return [ParseResult.Fail($"the document's root element is <{reader.LocalName}>, not <ZBDLIST>")];
        var position = 0;
        reader.Read();
        while (!reader.EOF)
        {
            // XNode.ReadFrom leaves the reader on the node after the order, which may be the next order already
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "ZBD")
                results.Add(TransferOrderRecord.From((XElement)XNode.ReadFrom(reader), ++position));
            else
                reader.Read();
        }
        return results;
    }

    private static List<ParseResult> ReadOrderByOrder(string text, XmlException documentError)
    {
        var results = new List<ParseResult>();
        var position = 0;
        foreach (Match m in OrderElement().Matches(text))
        {
            position++;
            try
            {
                using var reader = SafeXml.Create(new StringReader(m.Value));
                reader.MoveToContent();
                results.Add(TransferOrderRecord.From((XElement)XNode.ReadFrom(reader), position));
            }
            catch (XmlException e)
            {
                var id = OrderId().Match(m.Value);
                var which = id.Success ? $"transfer order {id.Groups[1].Value}" : $"transfer order #{position}";
                results.Add(ParseResult.Fail($"{which} is not well-formed XML ({SafeXml.Describe(e)})", position));
            }
        }
        if (results.All(r => r.Record is not null))
            results.Add(ParseResult.Fail($"the document is not well-formed outside its transfer orders ({SafeXml.Describe(documentError)})"));
        return results;
    }
}
