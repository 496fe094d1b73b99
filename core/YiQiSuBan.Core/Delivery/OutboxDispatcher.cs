using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YiQiSuBan.Core.Delivery;

/// <summary>The background delivery loop: pumps while there is work, else waits for the poll interval or a signal.</summary>
public sealed class OutboxDispatcher(OutboxPump pump, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            int tried;
            try
            {
                tried = await pump.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox round failed; trying again after the poll interval");
                tried = 0;
            }
            if (tried == 0)
            {
                try { await signal.WaitAsync(options.Value.PollInterval, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
