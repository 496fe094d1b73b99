using System.Security.Claims;
using YiQiSuBan.Core.Access;

namespace YiQiSuBan.Host.Api;

/// <summary>Authorization policies by API role.</summary>
public static class ApiPolicies
{
    public const string AnyRole = "any-role";
    public const string Ops = "ops";
    public const string StatusWriters = "status-writers";
    public const string Readers = "readers";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions o)
    {
        o.AddPolicy(AnyRole, p => p.RequireRole(ApiRole.All));
        o.AddPolicy(Ops, p => p.RequireRole(ApiRole.Ops));
        o.AddPolicy(StatusWriters, p => p.RequireRole(ApiRole.CaseSystem, ApiRole.Ops));
        o.AddPolicy(Readers, p => p.RequireRole(ApiRole.Ops, ApiRole.ReadOnly));
    }

    /// <summary>The caller's role (endpoints behind a policy always have one).</summary>
    public static string Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? ApiRole.ReadOnly;
}
