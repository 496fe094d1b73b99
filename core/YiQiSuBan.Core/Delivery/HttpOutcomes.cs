using System.Net;

namespace YiQiSuBan.Core.Delivery;

/// <summary>Shared reading of transport-level answers: what is worth retrying.</summary>
public static class HttpOutcomes
{
    /// <summary>Runs a send, turning network errors and timeouts into retries.</summary>
    public static async Task<DeliveryOutcome> GuardAsync(Func<Task<DeliveryOutcome>> send, CancellationToken ct)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.Retry("network: " + (e.HttpRequestError.ToString()));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return DeliveryOutcome.Retry("timeout");
        }
    }

    /// <summary>Outcome for a non-success HTTP status: 408/425/429/5xx retry (honouring Retry-After), the rest park.</summary>
    public static DeliveryOutcome ForFailedStatus(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var retryAfter = RetryAfter(response);
        return response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or (HttpStatusCode)425 || code >= 500
            ? DeliveryOutcome.Retry($"HTTP {code}", retryAfter)
            : DeliveryOutcome.Park($"HTTP {code}");
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
}
