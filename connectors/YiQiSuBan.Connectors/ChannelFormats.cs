using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors;

/// <summary>Registers every channel's format (parser).</summary>
public static class ChannelFormats
{
    public static IReadOnlyList<IChannelFormat> All() =>
    [
        new Hotline12345.Hotline12345Format(),
        new PeopleBoard.PeopleBoardFormat(),
        new MayorMailbox.MayorMailboxFormat(),
        new CityHub.CityHubFormat(),
        new Supervision.SupervisionFormat(),
        new Offline.OfflineFormat(),
    ];

    public static IServiceCollection AddChannelFormats(this IServiceCollection services)
    {
        foreach (var format in All()) services.AddSingleton(format);
        services.AddSingleton(sp => new FormatRegistry(sp.GetServices<IChannelFormat>()));
        return services;
    }
}
