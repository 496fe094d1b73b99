using System.Globalization;
using System.Text;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests;

/// <summary>A fixture payload parsed and mapped, written as a per-row text report for golden files.</summary>
public static class ParseReport
{
    public static readonly DateTimeOffset ReceivedAt = new(2024, 3, 12, 10, 0, 0, TimeSpan.FromHours(8));

    public static RawPayload Payload(string channel, params string[] fixture) => new()
    {
        Channel = channel,
        Name = Path.GetFileName(fixture[^1]),
        Bytes = File.ReadAllBytes(RepoPaths.Fixture(fixture)),
        ReceivedAt = ReceivedAt,
        Delivery = "upload",
    };

    public static IReadOnlyList<ParseResult> Parse(RawPayload payload) =>
        Hub.Formats.TryGet(payload.Channel, out var format) ? format.Parse(payload).ToList() : throw new InvalidOperationException(payload.Channel);

    public static string Render(RawPayload payload)
    {
        var sb = new StringBuilder();
        foreach (var r in Parse(payload))
        {
            var where = r.Row is { } row ? $"row {row}" : "payload";
            if (r.Record is not { } record)
            {
                sb.Append(where).Append(": FAIL ").AppendLine(r.Error);
                continue;
            }
            sb.Append(where).Append(": ok ").Append(record.SourceId).Append(" occurredAt=").AppendLine(Time(record.OccurredAt));
            foreach (var (k, v) in record.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                sb.Append("  ").Append(k).Append('=').AppendLine(v ?? "(null)");
            AppendComplaint(sb, record, payload);
        }
        return sb.ToString();
    }

    private static void AppendComplaint(StringBuilder sb, SourceRecord record, RawPayload payload)
    {
        Complaint c;
        try
        {
            c = Hub.Mapper.Map(record, payload.ReceivedAt, payload.Sha256);
        }
        catch (MappingException failure)
        {
            sb.Append("  => map FAIL ").AppendLine(failure.Message);
            return;
        }
        sb.Append("  => origin=").Append(c.Origin).Append(" role=").Append(c.CollectorRole ?? "-").Append(" kind=").Append(c.Kind?.ToString() ?? "-")
            .Append(" state=").AppendLine(c.Status.State.ToString());
        sb.Append("     title=").AppendLine(c.Title ?? "-");
        sb.Append("     content=").AppendLine(c.Content);
        sb.Append("     submittedAt=").Append(Time(c.SubmittedAt)).Append(" phone=").Append(c.Complainant.Phone ?? "-")
            .Append(" region=").Append(c.Location.RegionCode).Append(' ').AppendLine(c.Location.Township ?? "-");
        if (c.Enterprise is { } e) sb.Append("     enterprise=").Append(e.Name ?? "-").Append(' ').Append(e.CreditCode ?? "-").Append(" valid=").AppendLine(e.CreditCodeValid.ToString());
        foreach (var a in c.Attachments) sb.Append("     attachment=").Append(a.Name).Append(' ').Append(a.Size).Append(' ').Append(a.Digest).Append(' ').AppendLine(a.Url);
    }

    private static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "-";
}
