using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace YiQiSuBan.Host.Ops;

/// <summary>Titles the OpenAPI document and declares the X-Api-Key scheme every /api/v1 endpoint uses.</summary>
public sealed class HubOpenApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "YiQiSuBan 一企诉办 hub API",
            Version = "v1",
            Description = "Feed, complaints, status intake, supervision and ops endpoints of the complaint-channel hub. "
                + "Every /api/v1 call carries an API key in the X-Api-Key header; the key's role (ops, case-system, read-only) decides what it may call. "
                + "Metrics are served in Prometheus text format at /metrics; the ops console is at /ops.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key", Description = "An API key made with `apikeys add`.",
        };
        return Task.CompletedTask;
    }
}
