using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Connectors.CityHub;
using YiQiSuBan.Connectors.Hotline12345;

namespace YiQiSuBan.Connectors;

/// <summary>Registers the live connectors, their options (section Channels:&lt;key&gt;, validated on start) and transports.</summary>
public static class ConnectorServiceCollectionExtensions
{
    public const string HttpClientName = "counterparts";

    public static IServiceCollection AddConnectors(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<CounterpartResilience>();
        services.TryAddSingleton(sp => new CounterpartCaller(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), sp.GetRequiredService<CounterpartResilience>()));
        services.TryAddSingleton<ConnectorStateStore>();
        services.TryAddSingleton<ConnectorRunner>();
        services.TryAddSingleton<PushReceipts>();
        services.TryAddSingleton<PushIngest>();

        services.AddChannel<Hotline12345Options>(Hotline12345Options.Key);
        services.TryAddSingleton<Hotline12345Client>();
        services.TryAddSingleton<Hotline12345PushVerifier>();
        services.AddSingleton<IChannelConnector, Hotline12345Connector>();

        services.AddChannel<CityHubOptions>(CityHubOptions.Key);
        services.TryAddSingleton<CityHubTokenSource>();
        services.TryAddSingleton<CityHubClient>();
        services.TryAddSingleton<CityHubWebhookVerifier>();
        services.AddSingleton<IChannelConnector, CityHubConnector>();

        services.AddChannel<Supervision.SupervisionOptions>(Supervision.SupervisionOptions.Key);
        services.TryAddSingleton<Supervision.SupervisionClient>();
        services.AddSingleton<IChannelConnector, Supervision.SupervisionConnector>();

        services.AddChannel<MayorMailbox.MayorMailboxOptions>(MayorMailbox.MayorMailboxOptions.Key);
        services.TryAddSingleton<MayorMailbox.MayorMailboxClient>();
        services.AddSingleton<IChannelConnector, MayorMailbox.MayorMailboxConnector>();

        services.AddChannel<PeopleBoard.PeopleBoardOptions>(PeopleBoard.PeopleBoardOptions.Key);
        services.TryAddSingleton<PeopleBoard.PeopleBoardClient>();
        services.AddSingleton<IChannelConnector, PeopleBoard.PeopleBoardConnector>();

        services.AddChannel<Offline.OfflineOptions>(Offline.OfflineOptions.Key);
        services.AddSingleton<IChannelConnector, Offline.OfflineDropFolderConnector>();
        return services;
    }

    /// <summary>Binds <c>Channels:{key}</c> to <typeparamref name="T"/>, validated on start.</summary>
    public static IServiceCollection AddChannel<T>(this IServiceCollection services, string key) where T : ChannelOptions
    {
        services.AddOptions<T>().BindConfiguration($"Channels:{key}").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new ChannelOptionsValidator<T>(key));
        services.AddSingleton(new ChannelOptionsAccessor(key, sp => sp.GetRequiredService<IOptions<T>>().Value));
        return services;
    }

    /// <summary>The options of a channel's connector, to know whether it is enabled and when it runs.</summary>
    public static ChannelOptions OptionsOf(this IServiceProvider services, string key) =>
        services.GetServices<ChannelOptionsAccessor>().SingleOrDefault(a => a.Key == key)?.Read(services)
        ?? throw new ArgumentException($"unknown connector '{key}'", nameof(key));
}
