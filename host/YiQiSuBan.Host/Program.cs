using YiQiSuBan.Host.Cli;
using YiQiSuBan.Host.Hosting;

if (CliApp.IsVerb(args)) return await CliApp.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHub(builder.Configuration);
builder.Services.AddLiveChannels(builder.Configuration);
var app = builder.Build();
app.MapHub();
app.MapLiveChannels();
await app.RunAsync();
return 0;

/// <summary>The hub service's entry point (visible to WebApplicationFactory in tests).</summary>
public partial class Program;
