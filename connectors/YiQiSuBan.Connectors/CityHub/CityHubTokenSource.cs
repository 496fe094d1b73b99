using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>OAuth2 client-credentials token of the city-hub, cached until shortly before it expires or a 401 kills it.</summary>
public sealed class CityHubTokenSource(CounterpartCaller caller, IOptions<CityHubOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset Until)? _current;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (_current is { } c && c.Until > clock.GetUtcNow()) return c.Token;
            var o = options.Value;
            var (token, expiresIn) = await caller.CallAsync(CityHubOptions.Key + "/oauth", o, _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Post, new Uri(o.BaseUrl!, "/oauth/token"))
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", o.ClientId!), new("client_secret", o.ClientSecret!)]),
            }), ReadToken, ct);
            _current = (token, clock.GetUtcNow().AddSeconds(Math.Max(expiresIn - 60, 1)));
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets the token (after a 401).</summary>
    public void Invalidate(string token)
    {
        if (_current?.Token == token) _current = null;
    }

    private static (string, int) ReadToken(CounterpartResponse response)
    {
        using var doc = JsonDocument.Parse(response.Body);
        var token = doc.RootElement.GetProperty("access_token").GetString() ?? throw new JsonException("no access_token");
        var expires = doc.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 3600;
        return (token, expires);
    }
}
