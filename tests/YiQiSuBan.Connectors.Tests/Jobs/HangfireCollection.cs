namespace YiQiSuBan.Connectors.Tests.Jobs;

/// <summary>Hangfire keeps process-wide state (JobStorage.Current): its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCollection
{
    public const string Name = "hangfire";
}
