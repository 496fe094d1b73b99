using System.Net;
using Polly;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// Makes one logical call to a counterpart through its resilience pipeline: builds a fresh (freshly signed) request
/// per attempt, reads the whole body, turns 401/408/429/5xx into <see cref="CounterpartException"/>s (with Retry-After),
/// then lets the caller read the body (which throws for business errors or a malformed body, retried when transient).
/// </summary>
public sealed class CounterpartCaller(HttpClient http, CounterpartResilience resilience)
{
    public async Task<T> CallAsync<T>(string counterpart, ChannelOptions options, Func<CancellationToken, ValueTask<HttpRequestMessage>> request,
        Func<CounterpartResponse, T> read, CancellationToken ct, Func<CounterpartResponse, CounterpartException?>? classify = null)
    {
        var pipeline = resilience.For(counterpart, options);
        return await pipeline.ExecuteAsync(async token =>
        {
            using var message = await request(token);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token);
            var body = await response.Content.ReadAsByteArrayAsync(token);
            var answer = new CounterpartResponse(response.StatusCode, body, response.Content.Headers.ContentType?.ToString());
            if (classify?.Invoke(answer) is { } special) throw special;
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new CounterpartException(counterpart, "401", "credentials refused", transient: false, unauthorized: true);
            if (!response.IsSuccessStatusCode)
                throw new CounterpartException(counterpart, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    response.ReasonPhrase ?? "", CounterpartResilience.IsTransientStatus(response.StatusCode), RetryAfter(response));
            return read(answer);
        }, ct);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }
}
