using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>Checks a mapped complaint against the contract's rules before it is stored; returns the first broken rule.</summary>
public static class ComplaintValidator
{
    private static readonly HashSet<string> Channels = ["hotline12345", "people-board", "mayor-mailbox", "city-hub", "supervision", "offline"];

    public static string? Validate(Complaint c)
    {
        if (!Channels.Contains(c.Channel)) return $"unknown channel '{c.Channel}'";
        if (string.IsNullOrWhiteSpace(c.SourceId)) return "the record has no source id";
        if (string.IsNullOrWhiteSpace(c.Content)) return "the record has no complaint text";
        if (string.IsNullOrWhiteSpace(c.Origin)) return "the record has no origin";
        if (c.Location.RegionCode.Length is not (6 or 9)) return $"region code '{c.Location.RegionCode}' is neither 6 nor 9 digits";
        if (c.Complainant.Phone is { } p && !p.All(ch => char.IsAsciiDigit(ch) || ch == '-')) return "the phone number is not digits";
        if (c.Enterprise?.CreditCode is { } code && code.Any(char.IsWhiteSpace)) return "the credit code holds white space";
        return null;
    }
}
