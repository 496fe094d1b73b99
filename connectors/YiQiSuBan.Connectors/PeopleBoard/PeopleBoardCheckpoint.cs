using System.Text.Json;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>Where the board poll stands: the newest thread time taken per board, and the threads still waiting for an answer.</summary>
public sealed record PeopleBoardCheckpoint(Dictionary<string, long> Newest, SortedSet<string> Open)
{
    public static PeopleBoardCheckpoint Parse(string? position) =>
        string.IsNullOrEmpty(position) ? new([], new(StringComparer.Ordinal)) : JsonSerializer.Deserialize<PeopleBoardCheckpoint>(position)!;

    public string Serialize() => JsonSerializer.Serialize(this);

    public long NewestOf(long fid) => Newest.TryGetValue(PeopleBoardClient.Text(fid), out var v) ? v : 0;

    /// <summary>The checkpoint after a thread's detail was taken.</summary>
    public PeopleBoardCheckpoint Took(BoardThread thread, bool isNew)
    {
        var newest = new Dictionary<string, long>(Newest);
        if (isNew && thread.Dateline > NewestOf(thread.Fid)) newest[PeopleBoardClient.Text(thread.Fid)] = thread.Dateline;
        var open = new SortedSet<string>(Open, StringComparer.Ordinal);
        if (thread.Answered) open.Remove(thread.Tid); else open.Add(thread.Tid);
        return new PeopleBoardCheckpoint(newest, open);
    }
}
