namespace YiQiSuBan.Core.Status;

/// <summary>What became of a status report.</summary>
public sealed record StatusResult
{
    public bool Found { get; init; }

    /// <summary>False when it was older than the newest status already known (recorded only).</summary>
    public bool Applied { get; init; }

    /// <summary>The feed event it produced, when applied.</summary>
    public long? Seq { get; init; }

    /// <summary>Whether it was queued for the source channel's back channel.</summary>
    public bool Forwarded { get; init; }
}
