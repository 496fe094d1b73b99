using YiQiSuBan.Core.Dedupe;
using Microsoft.Extensions.Configuration;

namespace YiQiSuBan.Host.Cli;

/// <summary>Dispatches the host executable's verbs; anything else starts the hub service.</summary>
public static class CliApp
{
    private static readonly ICliVerb[] Verbs =
    [
        new ReplayVerb(), new FeedVerb(), new QuarantineListVerb(), new QuarantineRedriveVerb(),
        new DedupeExplainVerb(), new DedupeEvalVerb(), new DedupeCorrectionVerb(LinkKind.Split), new DedupeCorrectionVerb(LinkKind.Join), new HotspotsListVerb(),
        new AuditVerifyVerb(), new AuditProofVerb(), new AuditCheckpointVerb(), new ReprocessVerb(),
        new OutboxListVerb(), new OutboxRetryVerb(), new SupervisionListVerb(), new SupervisionReportVerb(),
        new ApiKeysAddVerb(), new ApiKeysListVerb(), new ApiKeysRevokeVerb(), new BenchDeliveryVerb(),
        new ConnectorsVerb(),
    ];

    public static bool IsVerb(string[] args) => args.Length > 0 && Find(args) is not null;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var verb = Find(args);
        if (verb is null)
        {
            await error.WriteLineAsync("usage:\n  " + string.Join("\n  ", Verbs.Select(v => v.Usage)));
            return 2;
        }
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var context = new CliContext(output, error, configuration);
        try
        {
            return await verb.RunAsync(new CliArgs(args.Skip(verb.Name.Split(' ').Length)), context, ct);
        }
        catch (Exception e) when (e is UsageException or FormatException or ArgumentException or DirectoryNotFoundException)
        {
            await error.WriteLineAsync($"error: {e.Message}\nusage: {verb.Usage}");
            return 2;
        }
    }

    private static ICliVerb? Find(string[] args) =>
        Verbs.Where(v => v.Name.Split(' ').SequenceEqual(args.Take(v.Name.Split(' ').Length))).OrderByDescending(v => v.Name.Length).FirstOrDefault();
}
