using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Tests.Dedupe;

/// <summary>Synthetic complaints for dedupe tests.</summary>
public static class Complaints
{
    public static readonly DateTimeOffset Day0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public const string Noise = "尊敬的领导：您好！峨山镇星沙中贸城开发商在没有预售许可证的情况下出售商铺，商铺被法院冻结，我们付了购房款八个月不能网签，开发商拒不退还购房资金，请政府督促开发商退款。";
    public const string Other = "阴平镇金鹰小学旁边的工地每天晚上施工到二十三点，噪音超过八十分贝，孩子无法入睡，多次向城管反映没有结果，请求相关部门依法查处夜间违规施工。";

    public static Complaint Make(string channel, string sourceId, int day, string content, string? phone = null, string? creditCode = null, string? enterprise = null) => new()
    {
        Id = ComplaintIds.For(channel, sourceId),
        Channel = channel,
        Origin = channel,
        SourceId = sourceId,
        Content = content,
        SubmittedAt = Day0.AddDays(day),
        ReceivedAt = Day0.AddDays(day).AddHours(1),
        Complainant = new Complainant { Phone = phone },
        Enterprise = creditCode is null && enterprise is null ? null : new Enterprise { CreditCode = creditCode, Name = enterprise },
        RawDigest = "",
    };
}
