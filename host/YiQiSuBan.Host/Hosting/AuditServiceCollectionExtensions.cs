using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Reprocess;
using YiQiSuBan.Storage.Postgres;
using YiQiSuBan.Storage.Sqlite;

namespace YiQiSuBan.Host.Hosting;

/// <summary>Registers the audit trail: tables per dialect, the ingest observer, checkpoints, verification, reprocess.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAuditRepository, SqliteAuditRepository>();
        services.AddSingleton<IAuditRepository, PostgresAuditRepository>();
        services.AddSingleton<CheckpointSigner>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IIngestObserver, AuditIngestObserver>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<AuditProofBuilder>();
        services.AddSingleton<RawRetention>();
        services.AddSingleton<Reprocessor>();
        services.AddHostedService<AuditCheckpointTimer>();
        return services;
    }
}
