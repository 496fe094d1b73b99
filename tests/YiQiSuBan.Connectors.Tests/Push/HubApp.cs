using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Connectors.Tests.Push;

/// <summary>The hub service in-process (real endpoints, real SQLite store in a temp folder), without simulators and Hangfire.</summary>
public sealed class HubApp : WebApplicationFactory<Program>
{
    public const string HotlineKey = "push-app";
    public const string HotlineSecret = "push-secret";
    public const string WebhookSecret = "whsec_cHVzaC13ZWJob29rLXNlY3JldA==";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yqsb-app-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Store", "sqlite:" + Path.Combine(_folder, "hub.db"));
        builder.UseSetting("Mappings:Path", TestKit.RepoPaths.Mappings);
        builder.UseSetting("Simulators:Enabled", "false");
        builder.UseSetting("Hangfire:Enabled", "false");
        builder.UseSetting("Channels:hotline12345:AppKey", HotlineKey);
        builder.UseSetting("Channels:hotline12345:AppSecret", HotlineSecret);
        builder.UseSetting("Channels:city-hub:WebhookSecret", WebhookSecret);
    }

    public IHubStore Store => Services.GetRequiredService<IHubStore>();

    public async Task<long> CountAsync(string sql)
    {
        await using var session = await Store.BeginAsync();
        return await session.Connection.ExecuteScalarAsync<long>(sql, transaction: session.Transaction);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
