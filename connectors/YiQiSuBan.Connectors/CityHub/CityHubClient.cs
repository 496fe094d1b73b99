using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>Backfill pulls of <c>/open/v1/appeals</c> with a bearer token (a 401 drops the token and retries with a new one).</summary>
public sealed class CityHubClient(CounterpartCaller caller, CityHubTokenSource tokens, IOptions<CityHubOptions> options)
{
    public const string Path = "/open/v1/appeals";

    public Task<CityHubPage> GetPageAsync(string? cursor, int limit, CancellationToken ct)
    {
        var o = options.Value;
        var query = $"{Path}?districtCode={Uri.EscapeDataString(o.DistrictCode)}&cursor={Uri.EscapeDataString(cursor ?? "")}&limit={limit}";
        string? used = null;
        return caller.CallAsync(CityHubOptions.Key, o, async token =>
        {
            used = await tokens.GetAsync(token);
            var message = new HttpRequestMessage(HttpMethod.Get, new Uri(o.BaseUrl!, query));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", used);
            return message;
        }, ReadPage, ct, classify: response =>
        {
            if (response.Status != System.Net.HttpStatusCode.Unauthorized) return null;
            if (used is not null) tokens.Invalidate(used);
            return new CounterpartException(CityHubOptions.Key, "401", "token refused", transient: false, unauthorized: true);
        });
    }

    private static CityHubPage ReadPage(CounterpartResponse response)
    {
        using var doc = JsonDocument.Parse(response.Body);
        var root = doc.RootElement;
        if (root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.GetInt32() != 0)
            throw new CounterpartException(CityHubOptions.Key, code.ToString(), root.TryGetProperty("message", out var m) ? m.ToString() : "", transient: code.GetInt32() >= 5000);
        var items = root.GetProperty("items").GetArrayLength();
        var next = root.TryGetProperty("nextCursor", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var hasMore = root.TryGetProperty("hasMore", out var h) && h.ValueKind == JsonValueKind.True;
        return new CityHubPage(response.Body, items, next, hasMore);
    }
}
