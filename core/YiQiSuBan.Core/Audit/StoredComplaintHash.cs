namespace YiQiSuBan.Core.Audit;

/// <summary>A stored complaint's JSON and the content hash stored beside it, for verification.</summary>
public sealed record StoredComplaintHash(string Id, string? ComplaintJson, string? ContentHash);
