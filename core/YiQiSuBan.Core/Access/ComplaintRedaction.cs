using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Access;

/// <summary>
/// What a role may see of a complaint: case-system sees everything; ops sees personal data except on
/// confidential complaints; read-only never sees personal data (masked) and never a confidential complaint's contacts.
/// </summary>
public static class ComplaintRedaction
{
    public static Complaint? For(string role, Complaint? complaint)
    {
        if (complaint is null || role == ApiRole.CaseSystem) return complaint;
        var who = complaint.Complainant;
        if (who.Confidential) return complaint with { Complainant = who with { Name = null, Phone = null } };
        if (role == ApiRole.ReadOnly) return complaint with { Complainant = who with { Name = MaskName(who.Name), Phone = MaskPhone(who.Phone) } };
        return complaint;
    }

    public static FeedEvent For(string role, FeedEvent feedEvent) => feedEvent with { Complaint = For(role, feedEvent.Complaint) };

    /// <summary>First character kept, the rest starred: 张三丰 → 张**.</summary>
    public static string? MaskName(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    /// <summary>Only the last four digits kept: +8613812345678 → *******5678.</summary>
    public static string? MaskPhone(string? phone) =>
        string.IsNullOrEmpty(phone) ? phone : phone.Length <= 4 ? new string('*', phone.Length) : new string('*', phone.Length - 4) + phone[^4..];
}
