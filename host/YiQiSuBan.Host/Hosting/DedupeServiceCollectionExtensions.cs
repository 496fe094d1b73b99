using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Host.Hosting;

/// <summary>Registers cross-channel deduplication (section <c>Dedupe</c>; <c>Dedupe:Enabled=false</c> turns it off).</summary>
public static class DedupeServiceCollectionExtensions
{
    public static IServiceCollection AddDedupe(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DedupeOptions();
        configuration.GetSection(DedupeOptions.Section).Bind(options);
        services.AddSingleton(options.Validated());
        services.AddSingleton<IDedupeIndex, SqlDedupeIndex>();
        services.AddSingleton<DedupeMatcher>();
        services.AddSingleton<DedupeCorrections>();
        services.AddSingleton<DirectMatching>();
        if (options.Enabled) services.AddSingleton<IComplaintMatcher>(sp => sp.GetRequiredService<DedupeMatcher>());
        else services.AddSingleton<IComplaintMatcher, NoMatching>();
        return services;
    }
}
