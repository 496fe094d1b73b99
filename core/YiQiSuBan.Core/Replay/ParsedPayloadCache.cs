using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Replay;

/// <summary>A small least-recently-used cache of parsed payloads, so replay re-reads a file only when it fell out.</summary>
internal sealed class ParsedPayloadCache(int capacity, Func<int, RawPayload> load, Func<RawPayload, IReadOnlyList<ParseResult>> parse)
{
    private readonly Dictionary<int, LinkedListNode<(int File, RawPayload Payload, IReadOnlyList<ParseResult> Results)>> _index = [];
    private readonly LinkedList<(int File, RawPayload Payload, IReadOnlyList<ParseResult> Results)> _order = new();

    public (RawPayload Payload, IReadOnlyList<ParseResult> Results) Get(int file)
    {
        if (_index.TryGetValue(file, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            return (node.Value.Payload, node.Value.Results);
        }
        var payload = load(file);
        var entry = (file, payload, parse(payload));
        _index[file] = _order.AddFirst(entry);
        if (_order.Count > capacity)
        {
            _index.Remove(_order.Last!.Value.File);
            _order.RemoveLast();
        }
        return (payload, entry.Item3);
    }
}
