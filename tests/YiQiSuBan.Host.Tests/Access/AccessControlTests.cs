using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Access;
using YiQiSuBan.Host.Tests.Support;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Host.Tests.Access;

/// <summary>X-Api-Key roles over real HTTP (WebApplicationFactory): 401, 403, masking, confidential contacts.</summary>
public sealed class AccessControlTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yiqisuban-access-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;
    private readonly Dictionary<string, string> _keys = [];
    private string _open = "", _secret = "";

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Store", "sqlite:" + Path.Combine(_folder, "hub.db"))
            .UseSetting("Mappings:Path", RepoPaths.Mappings)
            .UseSetting("Outbox:DispatcherEnabled", "false")
            .UseSetting("Supervision:ScanEnabled", "false")
            .UseSetting("Simulators:Enabled", "false"));
        _ = _factory.Server;
        var keys = _factory.Services.GetRequiredService<ApiKeyService>();
        foreach (var role in ApiRole.All) _keys[role] = (await keys.AddAsync("key-" + role, role))!;
        _open = await Seed.ComplaintAsync(_factory.Services, "offline", "open-1");
        _secret = await Seed.ComplaintAsync(_factory.Services, "offline", "secret-1", confidential: true);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }

    private HttpClient Client(string? role)
    {
        var client = _factory.CreateClient();
        if (role is not null) client.DefaultRequestHeaders.Add("X-Api-Key", _keys.GetValueOrDefault(role, role));
        return client;
    }

    private async Task<JsonElement> Complainant(string role, string id)
    {
        var json = JsonDocument.Parse(await Client(role).GetStringAsync($"/api/v1/complaints/{id}")).RootElement;
        return json.GetProperty("complaint").GetProperty("complainant");
    }

    [Fact]
    public async Task No_key_or_an_unknown_key_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(null).GetAsync("/api/v1/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client("yqsb_not-a-key").GetAsync("/api/v1/feed")).StatusCode);
    }

    [Fact]
    public async Task Wrong_role_is_403()
    {
        using var body = new StringContent("""{"kind":"accepted","at":"2026-03-02T09:00:00+08:00"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(ApiRole.ReadOnly).PostAsync($"/api/v1/complaints/{_open}/status", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(ApiRole.CaseSystem).GetAsync("/api/v1/ops/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(ApiRole.Ops).GetAsync("/api/v1/ops/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Client(ApiRole.CaseSystem).PostAsync($"/api/v1/complaints/{_open}/status", body)).StatusCode);
    }

    [Fact]
    public async Task Revoked_key_is_refused()
    {
        var keys = _factory.Services.GetRequiredService<ApiKeyService>();
        var key = (await keys.AddAsync("temp", ApiRole.Ops))!;
        Assert.Equal(HttpStatusCode.OK, (await Client(key).GetAsync("/api/v1/feed")).StatusCode);
        Assert.True(await keys.RevokeAsync("temp"));
        await Task.Delay(TimeSpan.FromSeconds(5.2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(key).GetAsync("/api/v1/feed")).StatusCode);
        Assert.DoesNotContain(key, string.Join(' ', (await keys.ListAsync()).Select(k => k.Hash)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_only_sees_masked_personal_data_everywhere()
    {
        var who = await Complainant(ApiRole.ReadOnly, _open);
        Assert.Equal("王**", who.GetProperty("name").GetString());
        Assert.Equal("*******5678", who.GetProperty("phone").GetString());
        var feed = await Client(ApiRole.ReadOnly).GetStringAsync("/api/v1/feed?after=0&limit=10");
        Assert.DoesNotContain("王小明", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", feed, StringComparison.Ordinal);
        Assert.Equal("13912345678", (await Complainant(ApiRole.Ops, _open)).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Confidential_contacts_only_for_the_case_system()
    {
        foreach (var role in new[] { ApiRole.Ops, ApiRole.ReadOnly })
        {
            var who = await Complainant(role, _secret);
            Assert.Equal(JsonValueKind.Null, who.GetProperty("name").ValueKind);
            Assert.Equal(JsonValueKind.Null, who.GetProperty("phone").ValueKind);
        }
        Assert.Equal("13912345678", (await Complainant(ApiRole.CaseSystem, _secret)).GetProperty("phone").GetString());
        var opsFeed = await Client(ApiRole.Ops).GetStringAsync("/api/v1/feed");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(opsFeed, "13912345678"));
    }

    [Fact]
    public async Task Feed_pages_in_seq_order()
    {
        var page = JsonDocument.Parse(await Client(ApiRole.CaseSystem).GetStringAsync("/api/v1/feed?after=0&limit=1")).RootElement;
        var first = page.GetProperty("events")[0].GetProperty("seq").GetInt64();
        var next = JsonDocument.Parse(await Client(ApiRole.CaseSystem).GetStringAsync($"/api/v1/feed?after={page.GetProperty("next").GetInt64()}&limit=10")).RootElement;
        Assert.All(next.GetProperty("events").EnumerateArray(), e => Assert.True(e.GetProperty("seq").GetInt64() > first));
    }
}
