namespace YiQiSuBan.Core.Status;

/// <summary>Which unit handles a complaint: the one named by the newest assigned status.</summary>
public static class HandlingUnits
{
    public static string? Current(IEnumerable<StoredStatus> timeline) =>
        timeline.Where(s => s.Update.Kind == StatusKind.Assigned && s.Update.HandlingUnit is not null)
            .OrderBy(s => s.Update.At).ThenBy(s => s.Id).LastOrDefault()?.Update.HandlingUnit;
}
