using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>Section <c>Channels:offline</c>: the collectors' drop folder (uploads need no setting).</summary>
public sealed class OfflineOptions : ChannelOptions
{
    public const string Key = "offline";

    /// <summary>Folder watched for .csv/.xlsx batches; processed files go to its <c>processed/</c> sub-folder.</summary>
    public string? DropFolder { get; set; }

    /// <summary>A file younger than this may still be being written: it waits for the next poll.</summary>
    public double SettleSeconds { get; set; } = 2;

    protected override bool NeedsBaseUrl => false;

    public override IEnumerable<string> Problems(string key) =>
        base.Problems(key).Concat(Enabled ? Require(key, ("DropFolder", DropFolder)) : []);
}
