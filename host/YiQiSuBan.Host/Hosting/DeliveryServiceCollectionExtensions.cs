using Microsoft.Extensions.DependencyInjection.Extensions;
using YiQiSuBan.Core.Access;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Delivery.BackChannels;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Supervision;
using YiQiSuBan.Storage.Features;

namespace YiQiSuBan.Host.Hosting;

/// <summary>Registers delivery (outbox, webhooks, back channels), status intake, 2151 supervision and API keys.</summary>
public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CaseSystemOptions>().BindConfiguration(CaseSystemOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SupervisionOptions>().BindConfiguration(SupervisionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Hotline12345BackOptions>().BindConfiguration(Hotline12345BackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CityHubBackOptions>().BindConfiguration(CityHubBackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SupervisionBackOptions>().BindConfiguration(SupervisionBackOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<IOutboxStore, DapperOutboxStore>();
        services.AddSingleton<IStatusStore, DapperStatusStore>();
        services.AddSingleton<ISupervisionStore, DapperSupervisionStore>();
        services.AddSingleton<IApiKeyStore, DapperApiKeyStore>();
        services.AddSingleton<IComplaintHistoryStore, DapperComplaintHistoryStore>();

        services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), MaxConnectionsPerServer = 64 })
        {
            Timeout = TimeSpan.FromSeconds(30),
        });
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<IIngestObserver, OutboxObserver>();
        services.AddSingleton<IDeliverySender, CaseSystemSender>();
        services.AddSingleton<CityHubTokenSource>();
        services.AddSingleton<Hotline12345ActionSender>();
        services.AddSingleton<CityHubStatusSender>();
        services.AddSingleton<SupervisionReplySender>();
        foreach (var type in new[] { typeof(Hotline12345ActionSender), typeof(CityHubStatusSender), typeof(SupervisionReplySender) })
        {
            services.AddSingleton(sp => (IBackChannel)sp.GetRequiredService(type));
            services.AddSingleton(sp => (IDeliverySender)sp.GetRequiredService(type));
        }
        services.AddSingleton<BackChannelRouter>();
        services.AddSingleton<OutboxPump>();
        services.AddSingleton<OutboxAdmin>();
        services.AddSingleton<ComplaintReader>();
        services.AddSingleton<StatusIntake>();

        services.AddSingleton(sp => new SupervisionClock(sp.GetRequiredService<MappingCatalog>().Calendar));
        services.AddSingleton<SupervisionTimelines>();
        services.AddSingleton<OverdueScanner>();
        services.AddSingleton<SupervisionQueries>();
        services.AddSingleton<ApiKeyService>();
        return services;
    }

    /// <summary>The background parts of the service: outbox dispatcher and the periodic overdue scan.</summary>
    public static IServiceCollection AddDeliveryJobs(this IServiceCollection services)
    {
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<OverdueJob>();
        return services;
    }
}
