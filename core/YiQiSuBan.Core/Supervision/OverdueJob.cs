using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YiQiSuBan.Core.Supervision;

/// <summary>Runs the overdue scan periodically in the hub service.</summary>
public sealed class OverdueJob(OverdueScanner scanner, IOptions<SupervisionOptions> options, ILogger<OverdueJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScanEnabled) return;
        using var timer = new PeriodicTimer(options.Value.ScanInterval);
        do
        {
            try
            {
                var cards = await scanner.RunOnceAsync(stoppingToken);
                if (cards.Count > 0) logger.LogInformation("Supervision scan raised {Count} cards", cards.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Supervision scan failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
