using System.Globalization;
using System.Text.Json;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.TestKit.Audit;

/// <summary>
/// A stand-in parser for audit tests: a JSON array of flat objects with hotline12345 field names
/// (workOrderNo is the source id, version the source version). Keeps these tests independent of the real parsers.
/// </summary>
public sealed class FlatJsonTestFormat : IChannelFormat
{
    public string Channel => "hotline12345";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        using var doc = JsonDocument.Parse(payload.Bytes);
        var row = 0;
        var results = new List<ParseResult>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            row++;
            var fields = item.EnumerateObject().ToDictionary(p => p.Name, p => (string?)p.Value.ToString());
            results.Add(ParseResult.Ok(new SourceRecord
            {
                Channel = Channel,
                SourceId = fields["workOrderNo"]!,
                Version = long.Parse(fields["version"]!, CultureInfo.InvariantCulture),
                OccurredAt = DateTimeOffset.Parse(fields["callTime"]!, CultureInfo.InvariantCulture),
                Row = row,
                Fields = fields,
            }));
        }
        return results;
    }
}
