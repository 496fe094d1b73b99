using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Supervision;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>supervision report --month yyyy-MM [--format csv|json]</c>: the monthly 2151 report per handling unit.</summary>
public sealed class SupervisionReportVerb : ICliVerb
{
    public string Name => "supervision report";
    public string Usage => "supervision report --month yyyy-MM [--format csv|json] [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var month = args.Option("month") ?? throw new UsageException("--month is required");
        var format = args.Option("format") ?? "csv";
        if (format is not ("csv" or "json")) throw new UsageException("--format must be csv or json");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var rows = await services.GetRequiredService<SupervisionQueries>().ReportAsync(month, ct);
        await context.Out.WriteAsync(format == "csv" ? ReportCsv.Write(rows) : HubJson.Serialize(rows) + "\n");
        return 0;
    }
}
