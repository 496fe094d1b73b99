using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>Section <c>Channels:people-board</c>: the leaders' message board API (md5-signed, ≤ 1 request/s).</summary>
public sealed class PeopleBoardOptions : ChannelOptions
{
    public const string Key = "people-board";

    public PeopleBoardOptions() => RequestsPerSecond = 1;

    /// <summary>The board front end's app code (changes when the board is revised).</summary>
    public string? AppCode { get; set; }

    /// <summary>Session token; empty for anonymous reading (never logged).</summary>
    public string Token { get; set; } = "";

    /// <summary>Board ids (fid), comma-separated, e.g. "5391,5392".</summary>
    public string? Fids { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 50, ErrorMessage = "Rows must be between 1 and 50")]
    public int Rows { get; set; } = 10;

    [System.ComponentModel.DataAnnotations.Range(1, 500, ErrorMessage = "MaxPages must be between 1 and 500")]
    public int MaxPages { get; set; } = 30;

    public IReadOnlyList<long> FidList =>
        (Fids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => long.TryParse(f, out var v) ? v : -1).ToList();

    public override IEnumerable<string> Problems(string key)
    {
        foreach (var p in base.Problems(key)) yield return p;
        if (!Enabled) yield break;
        foreach (var p in Require(key, ("AppCode", AppCode), ("Fids", Fids))) yield return p;
        if (FidList.Any(f => f <= 0)) yield return $"Channels:{key}:Fids must be comma-separated positive numbers";
    }
}
