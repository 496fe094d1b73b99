namespace YiQiSuBan.Core.Dedupe;

/// <summary>Feed event types the dedupe module adds.</summary>
public static class DedupeFeedEvents
{
    public const string HotspotAlert = "hotspot.alert";
    public const string Split = "dedupe.split";
    public const string Join = "dedupe.join";
}
