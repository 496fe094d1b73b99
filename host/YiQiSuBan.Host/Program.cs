using YiQiSuBan.Host.Cli;
using YiQiSuBan.Host.Hosting;

if (CliApp.IsVerb(args)) return await CliApp.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHub(builder.Configuration);
var app = builder.Build();
app.MapHub();
await app.RunAsync();
return 0;
