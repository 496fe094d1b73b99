namespace YiQiSuBan.Host.Cli;

/// <summary>One verb of the hub's command line.</summary>
public interface ICliVerb
{
    /// <summary>The words that select the verb, e.g. "replay" or "quarantine list".</summary>
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct);
}
