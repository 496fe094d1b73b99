using Hangfire;
using Hangfire.PostgreSql;
using YiQiSuBan.Storage;

namespace YiQiSuBan.Host.Jobs;

/// <summary>Hangfire on the hub's store kind (in-memory beside SQLite, PostgreSQL beside PostgreSQL), its server and the connector schedule.</summary>
public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddHubJobs(this IServiceCollection services, IConfiguration configuration, StoreLocation store)
    {
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (store.Kind == "postgres") c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(store.Target));
            else c.UseInMemoryStorage();
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(2, configuration.GetValue("Hangfire:Workers", 4));
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddTransient<ConnectorJob>();
        services.AddHostedService<ConnectorSchedule>();
        return services;
    }

    public static WebApplication MapHubJobs(this WebApplication app)
    {
        var c = app.Configuration;
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAuthorization(c["Hangfire:Dashboard:User"], c["Hangfire:Dashboard:Password"], c["Hangfire:Dashboard:ApiKey"])],
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
