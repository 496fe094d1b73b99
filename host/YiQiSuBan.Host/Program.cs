using YiQiSuBan.Host.Cli;
using YiQiSuBan.Host.Hosting;

if (CliApp.IsVerb(args)) return await CliApp.RunAsync(args);

// appsettings.json sits beside the program; relative paths in it (./data) are taken from the caller's folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
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
