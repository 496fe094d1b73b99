using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using YiQiSuBan.Core.Telemetry;
using YiQiSuBan.Host.Api;
using YiQiSuBan.Host.Ops;

namespace YiQiSuBan.Host.Hosting;

/// <summary>The ops console (/ops, /api/v1/ops/…), Prometheus metrics (/metrics), pipeline traces and the OpenAPI document (/openapi/v1.json).</summary>
public static class OpsConsoleExtensions
{
    public static IServiceCollection AddOpsConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOperations(configuration);
        services.AddOptions<OpsOptions>().BindConfiguration(OpsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IConnectorStates, StoredConnectorStates>();
        services.AddSingleton<PersonalDataMask>();
        services.AddSingleton<PayloadPreview>();
        services.AddSingleton<MetricsSampler>();
        services.AddHostedService(sp => sp.GetRequiredService<MetricsSampler>());
        services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(HubMetrics.MeterName).AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(t => t.AddSource(PipelineTracing.SourceName));
        services.AddOpenApi(o => o.AddDocumentTransformer<HubOpenApiDocument>());
        return services;
    }

    public static WebApplication MapOpsConsole(this WebApplication app)
    {
        var ops = app.MapGroup("/api/v1/ops").RequireAuthorization(ApiPolicies.Ops).WithTags("ops");
        ChannelOpsEndpoints.Map(ops);
        IntakeOpsEndpoints.Map(ops);
        QuarantineOpsEndpoints.Map(ops);
        DedupeOpsEndpoints.Map(ops);
        DeliveryOpsEndpoints.Map(ops);
        AuditOpsEndpoints.Map(ops);
        OpsAssets.Map(app);
        app.MapPrometheusScrapingEndpoint("/metrics").ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json").ExcludeFromDescription();
        return app;
    }
}
