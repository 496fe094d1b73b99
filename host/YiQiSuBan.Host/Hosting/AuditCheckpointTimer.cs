using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Hosting;

/// <summary>Every Audit:CheckpointMinutes: a signed checkpoint, then raw retention (which only prunes checkpointed payloads).</summary>
public sealed class AuditCheckpointTimer(IHubStore store, AuditLog log, CheckpointSigner signer, RawRetention retention, IOptions<AuditOptions> options, ILogger<AuditCheckpointTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.CheckpointMinutes;
        if (minutes == 0 || !signer.CanSign)
        {
            logger.LogWarning("Audit checkpoints are off (CheckpointMinutes is 0 or no signing key is configured)");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var checkpoint = await log.CheckpointAsync(store, stoppingToken);
                logger.LogInformation("Audit checkpoint over {TreeSize} entries signed with key {KeyId}", checkpoint.TreeSize, checkpoint.KeyId);
                var pruned = await retention.PruneAsync(store, stoppingToken);
                if (pruned > 0) logger.LogInformation("Retention removed the bytes of {Count} raw payloads (digests kept)", pruned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Audit checkpoint failed");
            }
        }
    }
}
