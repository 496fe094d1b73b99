using System.Text.Json;
using Microsoft.Extensions.Options;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>OAuth2 client-credentials token for the city hub, cached until shortly before it expires or until it is refused.</summary>
public sealed class CityHubTokenSource(HttpClient http, IOptions<CityHubBackOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _expires) return _token;
            var o = options.Value;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = o.ClientId!, ["client_secret"] = o.ClientSecret!,
            });
            using var response = await http.PostAsync(new Uri(o.BaseUrl!.TrimEnd('/') + "/oauth/token"), form, ct);
            response.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            _token = doc.RootElement.GetProperty("access_token").GetString();
            var lifetime = doc.RootElement.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 300;
            _expires = clock.GetUtcNow().AddSeconds(Math.Max(lifetime - 60, lifetime / 2));
            return _token!;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets a token the server refused (tokens also die early).</summary>
    public void Invalidate(string token)
    {
        if (_token == token) _token = null;
    }
}
