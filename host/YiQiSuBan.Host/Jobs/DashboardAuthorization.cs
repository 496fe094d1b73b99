using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;

namespace YiQiSuBan.Host.Jobs;

/// <summary>
/// Lets into /hangfire only callers with basic auth (Hangfire:Dashboard:User/Password) or the header X-Api-Key
/// (Hangfire:Dashboard:ApiKey). With neither configured the dashboard stays closed.
/// </summary>
public sealed class DashboardAuthorization(string? user, string? password, string? apiKey) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (apiKey is { Length: > 0 } && Same(http.Request.Headers["X-Api-Key"].FirstOrDefault(), apiKey)) return true;
        if (user is { Length: > 0 } && password is { Length: > 0 } && http.Request.Headers.Authorization.FirstOrDefault() is { } auth
            && auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && Same(pair[..colon], user) && Same(pair[(colon + 1)..], password)) return true;
            }
            catch (FormatException)
            {
            }
        }
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"hangfire\"";
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return false;
    }

    private static bool Same(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
