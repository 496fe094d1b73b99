using System.Xml;

namespace YiQiSuBan.Connectors.Xml;

/// <summary>
/// Reader settings for XML from outside: DTDs are prohibited (a DOCTYPE makes the read fail), nothing external
/// is ever resolved, entity expansion is capped, documents are capped in size.
/// </summary>
public static class SafeXml
{
    private const long MaxDocumentChars = 64L * 1024 * 1024;

    public static XmlReaderSettings Settings(ConformanceLevel conformance = ConformanceLevel.Document) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxDocumentChars,
        ConformanceLevel = conformance,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Create(TextReader text, ConformanceLevel conformance = ConformanceLevel.Document) =>
        XmlReader.Create(text, Settings(conformance));

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, Settings());

    /// <summary>True when the text declares a DTD before its first element.</summary>
    public static bool DeclaresDtd(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0) return false;
        for (var i = 0; i < doctype; i++)
        {
            if (text[i] != '<' || i + 1 >= text.Length) continue;
            if (text[i + 1] is not ('?' or '!')) return false; // an element starts before the DOCTYPE
        }
        return true;
    }

    /// <summary>A reason for an operator: what went wrong and where, without the document's content.</summary>
    public static string Describe(XmlException e) =>
        e.LineNumber > 0 ? $"line {e.LineNumber}, position {e.LinePosition}: {FirstSentence(e.Message)}" : FirstSentence(e.Message);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
