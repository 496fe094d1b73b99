using System.Text.Json;
using System.Text.RegularExpressions;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// A labelled dedupe set: expected complaints (expected-*.jsonl lines) and labelled pairs (dedupe-*.jsonl), with pair
/// ends resolved to hub ids (offline rows, which have no source id, by file and row through the expected lines).
/// </summary>
public sealed partial class LabelledSet
{
    [GeneratedRegex(@"[\s\u3000\u00a0]+")]
    private static partial Regex Space();

    private readonly Dictionary<string, string> _offlineByRef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _offlineContentByRef = new(StringComparer.Ordinal);

    public List<Complaint> Complaints { get; } = [];

    public static LabelledSet Load(string expectedPath)
    {
        var set = new LabelledSet();
        foreach (var line in File.ReadLines(expectedPath).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            var channel = e.GetProperty("channel").GetString()!;
            var sourceId = Str(e, "sourceId");
            if (sourceId is null && e.TryGetProperty("sourceRef", out var sr))
            {
                sourceId = RefKey(sr);
                foreach (var r in new[] { sr }.Concat(sr.TryGetProperty("alsoIn", out var also) && also.ValueKind == JsonValueKind.Array ? also.EnumerateArray() : []))
                {
                    set._offlineByRef[RefKey(r)] = ComplaintIds.For(channel, sourceId);
                    set._offlineContentByRef[RefKey(r)] = Squash(Str(e, "content"));
                }
            }
            set.Complaints.Add(ToComplaint(e, channel, sourceId!));
        }
        return set;
    }

    /// <summary>The labelled pairs whose ends resolve (unsure labels left out unless asked for).</summary>
    public List<LabelledPair> Pairs(string pairsPath, bool includeUnsure, Func<string, string?>? offlineIdByContent = null)
    {
        var pairs = new List<LabelledPair>();
        foreach (var line in File.ReadLines(pairsPath).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var p = doc.RootElement;
            if (!includeUnsure && p.TryGetProperty("unsure", out var u) && u.ValueKind == JsonValueKind.True) continue;
            var (a, b) = (End(p.GetProperty("a"), offlineIdByContent), End(p.GetProperty("b"), offlineIdByContent));
            if (a is not null && b is not null) pairs.Add(new LabelledPair(a, b, p.GetProperty("label").GetString()!));
        }
        return pairs;
    }

    /// <summary>Content compared the way the replay scorer does (white space runs as one space).</summary>
    public static string Squash(string? s) => Space().Replace(s ?? "", " ").Trim();

    private string? End(JsonElement end, Func<string, string?>? offlineIdByContent)
    {
        var channel = end.GetProperty("channel").GetString()!;
        if (Str(end, "sourceId") is { } id) return ComplaintIds.For(channel, id);
        if (!end.TryGetProperty("sourceRef", out var sr)) return null;
        var key = RefKey(sr);
        if (offlineIdByContent is not null)
            return _offlineContentByRef.TryGetValue(key, out var content) ? offlineIdByContent(content) : null;
        return _offlineByRef.GetValueOrDefault(key);
    }

    private static Complaint ToComplaint(JsonElement e, string channel, string sourceId)
    {
        var submitted = Str(e, "submittedAt") is { } s ? DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var complainant = e.TryGetProperty("complainant", out var c) ? new Complainant { Phone = Str(c, "phone") } : new Complainant();
        Enterprise? enterprise = e.TryGetProperty("enterprise", out var en) && en.ValueKind == JsonValueKind.Object
            ? new Enterprise { Name = Str(en, "name"), CreditCode = Str(en, "creditCode") }
            : null;
        return new Complaint
        {
            Id = ComplaintIds.For(channel, sourceId), Channel = channel, Origin = Str(e, "origin") ?? channel, SourceId = sourceId,
            Title = Str(e, "title"), Content = Str(e, "content") ?? "", SubmittedAt = submitted, ReceivedAt = submitted ?? DateTimeOffset.UnixEpoch,
            Complainant = complainant, Enterprise = enterprise, RawDigest = "",
        };
    }

    private static string RefKey(JsonElement r) => $"{Str(r, "file")}#{(r.TryGetProperty("row", out var row) ? row.ToString() : "")}";

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
