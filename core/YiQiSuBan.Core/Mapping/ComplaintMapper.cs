using System.Globalization;
using YiQiSuBan.Core.Calendar;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Mapping;

/// <summary>Turns a (merged) source record into a canonical complaint by its channel's mapping and the normalizers.</summary>
public sealed class ComplaintMapper(MappingCatalog catalog)
{
    public MappingCatalog Catalog => catalog;

    /// <summary>Maps a record; throws <see cref="MappingException"/> with an operator-readable reason.</summary>
    public Complaint Map(SourceRecord record, DateTimeOffset receivedAt, string rawDigest)
    {
        var m = catalog.Mapping(record.Channel);
        var f = record.Fields;
        string? V(FieldRule? rule) => RuleEvaluator.Value(rule, f, catalog);

        var title = TextCleaner.Clean(V(m.Title));
        var content = TextCleaner.Clean(V(m.Content));
        if (string.IsNullOrEmpty(content)) throw new MappingException("the record has no complaint text (content is empty)");
        var origin = V(m.Origin) ?? throw new MappingException("the record's origin is not in the origins table");
        var text = title is null ? content : title + " " + content;

        var submittedRaw = V(m.SubmittedAt);
        var submittedAt = TimeParser.Parse(submittedRaw);
        if (submittedRaw is not null && submittedAt is null)
            throw new MappingException($"submission time '{submittedRaw}' is not a time format the hub knows");

        var state = ResolveState(m, record);
        return new Complaint
        {
            Id = ComplaintIds.For(record.Channel, record.SourceId),
            Channel = record.Channel,
            Origin = origin,
            CollectorRole = V(m.CollectorRole),
            SourceId = record.SourceId,
            SourceVersion = record.Version,
            SourceUrl = V(m.SourceUrl),
            Kind = ParseKind(V(m.Kind)),
            Title = string.IsNullOrEmpty(title) ? null : title,
            Content = content,
            SubmittedAt = submittedAt,
            ReceivedAt = receivedAt,
            Complainant = new Complainant
            {
                Name = TextCleaner.Clean(V(m.ComplainantName)),
                Phone = MapPhone(m, f, text),
                Confidential = IsTrue(V(m.Confidential)),
            },
            Enterprise = MapEnterprise(m, f),
            Location = MapLocation(m, f, text),
            Category = MapCategory(m, f),
            Status = new ComplaintStatus { State = state, SourceState = ResolveSourceState(m, f) },
            Deadlines = MapDeadlines(m, f, submittedAt ?? receivedAt),
            Replies = MapReplies(m, record),
            Attachments = MapAttachments(m, record),
            RawDigest = rawDigest,
        };
    }

    private string? MapPhone(ChannelMapping m, IReadOnlyDictionary<string, string?> f, string text)
    {
        var phone = RuleEvaluator.Values(m.Phone, f).Select(PhoneNormalizer.Normalize).FirstOrDefault(p => p is not null);
        return phone ?? (m.Phone?.FallbackToText == true ? PhoneNormalizer.FindInText(text) : null);
    }

    private Enterprise? MapEnterprise(ChannelMapping m, IReadOnlyDictionary<string, string?> f)
    {
        var name = TextCleaner.Clean(RuleEvaluator.Value(m.EnterpriseName, f, catalog));
        var code = CreditCode.Normalize(RuleEvaluator.Value(m.CreditCode, f, catalog));
        if (string.IsNullOrEmpty(name) && code is null) return null;
        return new Enterprise { Name = string.IsNullOrEmpty(name) ? null : name, CreditCode = code, CreditCodeValid = CreditCode.IsValid(code) };
    }

    private Location MapLocation(ChannelMapping m, IReadOnlyDictionary<string, string?> f, string text)
    {
        var townships = catalog.Townships;
        Township? t = null;
        foreach (var v in RuleEvaluator.Values(m.Township, f))
        {
            t = townships.FromCode(v) ?? townships.FromName(v);
            if (t is not null) break;
        }
        if (t is null && m.Township?.FallbackToText == true) t = townships.FromText(text);
        return new Location
        {
            RegionCode = t?.Code ?? "370404",
            Township = t?.Name,
            Address = TextCleaner.Clean(RuleEvaluator.Value(m.Address, f, catalog)),
        };
    }

    private Category? MapCategory(ChannelMapping m, IReadOnlyDictionary<string, string?> f)
    {
        var sourceCode = RuleEvaluator.Value(m.CategoryCode, f, catalog);
        var sourceName = RuleEvaluator.Value(m.CategoryName, f, catalog);
        if (sourceCode is null && sourceName is null) return null;
        string? code = null;
        if (m.CategoryTable is not null)
        {
            var table = catalog.Table(m.CategoryTable);
            // a listed code, else a listed name, and only then the table's "*" value
            code = table.LookupExact(sourceCode) ?? table.LookupExact(sourceName) ?? table.Fallback;
        }
        var names = catalog.HasTable("category-names") ? catalog.Table("category-names") : null;
        return new Category { Code = code, Name = code is null ? null : names?.Lookup(code), SourceCode = sourceCode, SourceName = sourceName };
    }

    private ComplaintState ResolveState(ChannelMapping m, SourceRecord record)
    {
        if (record.EventType is not null && m.EventStates.TryGetValue(record.EventType, out var forced)) return ParseState(forced);
        var mapped = RuleEvaluator.Value(m.State, record.Fields, catalog);
        return mapped is null ? ComplaintState.New : ParseState(mapped);
    }

    private static string? ResolveSourceState(ChannelMapping m, IReadOnlyDictionary<string, string?> f) =>
        RuleEvaluator.Values(m.State, f).FirstOrDefault();

    private Deadlines MapDeadlines(ChannelMapping m, IReadOnlyDictionary<string, string?> f, DateTimeOffset fallbackStart)
    {
        var handed = TimeParser.Parse(RuleEvaluator.Value(m.HandedOverAt, f, catalog)) ?? fallbackStart;
        var source = TimeParser.Parse(RuleEvaluator.Value(m.SourceDeadline, f, catalog));
        return Deadlines2151.Compute(handed, source, catalog.Calendar);
    }

    private List<Reply> MapReplies(ChannelMapping m, SourceRecord record)
    {
        if (m.Reply is null || record.Replies is null) return [];
        return record.Replies.Select(r => new Reply
        {
            Organization = TextCleaner.Clean(RuleEvaluator.Value(m.Reply.Organization, r, catalog)),
            Content = TextCleaner.Clean(RuleEvaluator.Value(m.Reply.Content, r, catalog)),
            At = TimeParser.Parse(RuleEvaluator.Value(m.Reply.At, r, catalog)),
        }).Where(r => !string.IsNullOrEmpty(r.Content)).ToList();
    }

    private List<Attachment> MapAttachments(ChannelMapping m, SourceRecord record)
    {
        if (m.Attachment is null || record.Attachments is null) return [];
        return record.Attachments.Select(a => new Attachment
        {
            Name = RuleEvaluator.Value(m.Attachment.Name, a, catalog),
            Url = RuleEvaluator.Value(m.Attachment.Url, a, catalog),
            Size = long.TryParse(RuleEvaluator.Value(m.Attachment.Size, a, catalog), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
            Digest = RuleEvaluator.Value(m.Attachment.Digest, a, catalog),
        }).ToList();
    }

    private static ComplaintKind? ParseKind(string? value) =>
        value is null ? null : Enum.TryParse<ComplaintKind>(value, ignoreCase: true, out var k) ? k : ComplaintKind.Other;

    private static ComplaintState ParseState(string value) =>
        Enum.TryParse<ComplaintState>(value, ignoreCase: true, out var s) ? s
            : throw new MappingException($"state table gives '{value}', which is not a hub state");

    private static bool IsTrue(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value == "是");
}
