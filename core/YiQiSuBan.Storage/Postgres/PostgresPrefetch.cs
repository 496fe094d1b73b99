using Dapper;
using Npgsql;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// What a PostgreSQL session read ahead in one round trip (<see cref="YiQiSuBan.Core.Storage.IHubSession.PrefetchAsync"/>):
/// complaints by id (null = not stored), and which payload digests are stored already (with their ids) or new (with an
/// id reserved from the sequence for each, in the order named; an id reserved for bytes found stored is a gap).
/// Valid for the session's transaction only, which holds the writer lock, so nobody else writes meanwhile.
/// </summary>
internal sealed class PostgresPrefetch
{
    private const string Complaints =
        "SELECT id, snapshot::text AS Snapshot, complaint::text AS ComplaintJson, content_hash AS ContentHash, mapping_version AS MappingVersion, raw_id AS RawId FROM current_complaints WHERE id = ANY(@ids)";

    private const string Raws =
        "SELECT r.channel AS Channel, r.sha256 AS Sha256, r.id AS Id FROM raw_payloads r JOIN unnest(@channels, @shas) AS k(channel, sha256) ON r.channel = k.channel AND r.sha256 = k.sha256";

    private readonly Dictionary<string, StoredComplaint?> _complaints = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, string Sha256), long> _raws = [];
    private readonly Dictionary<(string Channel, string Sha256), long> _newRaws = [];

    private static readonly string ReserveRawIds = PostgresIdBlock.Values("raw_payloads", "id", "@reserve");

    /// <summary>
    /// Reads ahead, and tops up each of <paramref name="idBlocks"/> so that <paramref name="idsWanted"/> values are at hand
    /// (one per record: the session's history and feed rows then take their ids without a round trip of their own).
    /// </summary>
    public async Task LoadAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyCollection<RawPayload> payloads, IReadOnlyList<string> complaintIds,
        IReadOnlyList<PostgresIdBlock> idBlocks, int idsWanted, CancellationToken ct)
    {
        var unknown = payloads.Select(p => (p.Channel, p.Sha256)).Where(k => !_raws.ContainsKey(k) && !_newRaws.ContainsKey(k)).Distinct().ToList();
        var ids = complaintIds.Where(id => !_complaints.ContainsKey(id)).Distinct().ToArray();
        var shortfalls = idBlocks.Select(b => b.Shortfall(idsWanted)).ToArray();
        if (unknown.Count == 0 && ids.Length == 0 && shortfalls.All(n => n == 0)) return;
        var parameters = new DynamicParameters(new { ids, channels = unknown.Select(k => k.Channel).ToArray(), shas = unknown.Select(k => k.Sha256).ToArray(), reserve = unknown.Count });
        var sql = new List<string> { Complaints, Raws, ReserveRawIds };
        for (var b = 0; b < idBlocks.Count; b++)
        {
            sql.Add(idBlocks[b].ValuesSql($"@block{b}"));
            parameters.Add($"block{b}", shortfalls[b]);
        }
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(string.Join(";", sql), parameters, tx, cancellationToken: ct));
        foreach (var id in ids) _complaints[id] = null;
        foreach (var row in await results.ReadAsync<ComplaintRow>()) _complaints[row.Id] = row.ToStored();
        foreach (var row in await results.ReadAsync<(string Channel, string Sha256, long Id)>()) _raws[(row.Channel, row.Sha256)] = row.Id;
        var reserved = (await results.ReadAsync<long>()).Order().ToList();
        var next = 0;
        foreach (var k in unknown.Where(k => !_raws.ContainsKey(k))) _newRaws[k] = reserved[next++];
        foreach (var block in idBlocks) block.Add(await results.ReadAsync<long>());
    }

    /// <summary>True when the complaint was read ahead (<paramref name="stored"/> null: it is not stored).</summary>
    public bool Complaint(string id, out StoredComplaint? stored) => _complaints.TryGetValue(id, out stored);

    /// <summary>The id of the payload's bytes when they are stored already (read ahead, or added in this session).</summary>
    public long? Raw(RawPayload payload) => _raws.TryGetValue((payload.Channel, payload.Sha256), out var id) ? id : null;

    /// <summary>The id reserved for the payload's bytes when the read ahead found them not stored (and nothing added them since).</summary>
    public long? NewRawId(RawPayload payload) => _newRaws.TryGetValue((payload.Channel, payload.Sha256), out var id) ? id : null;

    /// <summary>Notes bytes this session stored (or found stored), so the same bytes again are answered without the server.</summary>
    public void Added(RawPayload payload, long id)
    {
        _newRaws.Remove((payload.Channel, payload.Sha256));
        _raws[(payload.Channel, payload.Sha256)] = id;
    }
}
