namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>A light check of cron expressions before Hangfire sees them.</summary>
public static class Cron
{
    public static bool LooksValid(string? expression)
    {
        var fields = expression?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return fields.Length is 5 or 6 && fields.All(f => f.All(c => char.IsAsciiLetterOrDigit(c) || "*/,-?LW#".Contains(c)));
    }
}
