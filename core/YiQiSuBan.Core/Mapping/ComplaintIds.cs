using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Core.Mapping;

/// <summary>The hub's complaint id: the same channel + source id always gives the same id.</summary>
public static class ComplaintIds
{
    public static string For(string channel, string sourceId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(channel + "\n" + sourceId));
        return "c-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
