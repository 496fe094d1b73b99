using System.Security.Claims;

namespace YiQiSuBan.Host.Ops;

/// <summary>Why an operator acts (free text kept in the audit entry; must not hold personal data).</summary>
public sealed record OperatorReason(string? Why);

/// <summary>A dedupe correction from the console: the pair and why.</summary>
public sealed record CorrectionRequest(string A, string B, string? Why);

/// <summary>A quarantine re-drive from the console: some items, or all open ones (of a channel).</summary>
public sealed record RedriveRequest(IReadOnlyList<long>? Ids, bool All, string? Channel, string? Why);

/// <summary>Who acts: the API key's name.</summary>
public static class Operator
{
    public static string Of(ClaimsPrincipal user) => "api-key:" + (user.Identity?.Name ?? "unknown");
}
