using YiQiSuBan.Connectors.Xml;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>
/// Reads the provincial platform's transfer-order lists (XML, GBK or UTF-8 as the prolog declares; GBK is decoded
/// as GB18030) into one source record per ZBD. DTDs are refused, external entities never resolved.
/// </summary>
public sealed class SupervisionFormat : IChannelFormat
{
    public string Channel => TransferOrderRecord.Channel;

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        var (text, error) = XmlProlog.Decode(payload.Bytes.Span);
        return text is null ? [ParseResult.Fail(error!)] : TransferOrderDocument.Read(text);
    }
}
