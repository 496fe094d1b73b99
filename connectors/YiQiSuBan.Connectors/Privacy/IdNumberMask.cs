namespace YiQiSuBan.Connectors.Privacy;

/// <summary>
/// Masks resident ID numbers (身份证号) where a parser meets them, so an unmasked number never reaches a
/// source record, the store, the feed or a log: 370404********1234 keeps the region and the last four.
/// </summary>
public static class IdNumberMask
{
    private static readonly string[] IdFieldNames = ["idCardNo", "idCard", "idNo", "idNumber", "certNo", "sfzh"];

    /// <summary>True when a (dotted) field name names an ID number, e.g. contact.idCardNo.</summary>
    public static bool IsIdField(string fieldName)
    {
        var last = fieldName.AsSpan(fieldName.LastIndexOf('.') + 1); // every field of every record comes here: no allocation
        foreach (var name in IdFieldNames)
            if (last.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The masked number; blank stays blank.</summary>
    public static string? Mask(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return value;
        var s = value.Trim();
        return s.Length >= 15 ? s[..6] + new string('*', s.Length - 10) + s[^4..] : new string('*', s.Length);
    }

    /// <summary>A <see cref="Json.JsonFields.Flatten"/> guard: masks ID fields, passes the rest.</summary>
    public static string? Guard(string fieldName, string? value) => IsIdField(fieldName) ? Mask(value) : value;
}
