namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>What the transport reads of a thread: id, board, time (Unix s) and whether it is answered.</summary>
public sealed record BoardThread(string Tid, long Fid, long Dateline, bool Answered);
