using YiQiSuBan.Host.Cli;
using YiQiSuBan.Host.Hosting;

if (CliApp.IsVerb(args)) return await CliApp.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHub(builder.Configuration);
builder.Services.AddDelivery().AddDeliveryJobs().AddDeliveryApi();
builder.Services.AddLiveChannels(builder.Configuration);
builder.Services.AddOpsConsole(builder.Configuration);
var app = builder.Build();
app.MapHub();
app.MapDeliveryApi();
app.MapLiveChannels();
app.MapOpsConsole();
await app.RunAsync();
return 0;

/// <summary>The hub service's entry point (named so tests can start it with WebApplicationFactory).</summary>
public partial class Program;
