using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Connectors.Tests.Compliance;

/// <summary>Throws inside the ingest transaction when the Nth new raw payload is stored: a crash in the middle of a batch.</summary>
public sealed class CrashingObserver : IIngestObserver
{
    private int _stored;

    /// <summary>1-based number of the stored payload that crashes; 0 = never.</summary>
    public int CrashAt
    {
        get => _crashAt;
        set
        {
            _crashAt = value;
            _stored = 0;
        }
    }

    private int _crashAt;

    public Task OnRawStoredAsync(RawPayload payload, RawPayloadEntry raw, IHubSession session, CancellationToken ct)
    {
        if (CrashAt > 0 && Interlocked.Increment(ref _stored) == CrashAt)
            throw new InvalidOperationException("simulated crash inside the batch");
        return Task.CompletedTask;
    }
}
