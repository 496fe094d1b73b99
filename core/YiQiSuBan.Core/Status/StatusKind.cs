namespace YiQiSuBan.Core.Status;

/// <summary>What the case system reports about a complaint's handling.</summary>
public enum StatusKind { Accepted, Assigned, Contacted, FirstFeedback, Resolved, Returned, Callback }
