using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// One Polly pipeline per counterpart, shared by every call to it: retry (exponential backoff with jitter, honouring
/// Retry-After, for transport faults, timeouts, 408/429/5xx and transient business codes), circuit breaker, a rate
/// limiter for the host, and a per-attempt timeout.
/// </summary>
public sealed class CounterpartResilience(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new();

    /// <summary>The pipeline of <paramref name="counterpart"/>, built from <paramref name="options"/> on first use.</summary>
    public ResiliencePipeline For(string counterpart, ChannelOptions options) =>
        _pipelines.GetOrAdd(counterpart, _ => Build(options));

    private ResiliencePipeline Build(ChannelOptions options)
    {
        var period = TimeSpan.FromSeconds(1 / options.RequestsPerSecond);
        var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1, TokensPerPeriod = 1, ReplenishmentPeriod = period, QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst, AutoReplenishment = true,
        });
        var maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
        return new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome.Exception, maxRetryAfter)),
                BackoffType = DelayBackoffType.Exponential, UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(Math.Max(options.RetryBaseDelayMs, 1)),
                MaxDelay = TimeSpan.FromSeconds(60),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is CounterpartException { RetryAfter: { } after } ? (TimeSpan?)after : null),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.8, MinimumThroughput = 20, SamplingDuration = TimeSpan.FromSeconds(60), BreakDuration = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception, TimeSpan.MaxValue)),
            })
            .AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken) })
            .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds))
            .Build();
    }

    private static bool IsTransient(Exception? e, TimeSpan maxRetryAfter) => e switch
    {
        CounterpartException c => (c.Transient || c.Unauthorized) && (c.RetryAfter is null || c.RetryAfter <= maxRetryAfter),
        TimeoutRejectedException or HttpRequestException or IOException => true,
        System.Text.Json.JsonException or System.Xml.XmlException => true,
        _ => false,
    };

    /// <summary>HTTP statuses worth another try.</summary>
    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
