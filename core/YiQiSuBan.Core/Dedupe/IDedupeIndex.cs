using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// The store's dedupe tables (dedupe_docs, dedupe_lookup, dedupe_links, dedupe_overrides, hotspot_alerts), read and
/// written inside the caller's session. Every lookup goes through an index: no full scans.
/// </summary>
public interface IDedupeIndex
{
    /// <summary>
    /// Inserts or replaces a document and its lookup keys (identity keys and LSH band keys). <paramref name="previous"/>
    /// is what was stored before (null for a brand-new complaint): only its keys that changed are removed.
    /// </summary>
    Task UpsertDocAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, StoredKeys? previous, CancellationToken ct);

    /// <summary>
    /// The three reads that open a match, together (one round trip on PostgreSQL): the stored document of
    /// <paramref name="id"/>, its operator corrections, and its candidates: the documents sharing any of
    /// <paramref name="lookupKeys"/>, filed between the two instants (Unix seconds), other than <paramref name="id"/>
    /// (so they do not depend on its own rows); at most <paramref name="maxPerKey"/> (the latest filed) per key, so a very
    /// common key costs no more than a rare one.
    /// </summary>
    Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<string> lookupKeys, long fromAt, long toAt, int maxPerKey, CancellationToken ct);

    Task<IReadOnlyList<DedupeDoc>> GetDocsAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>Replaces every link that has <paramref name="id"/> at one end.</summary>
    Task ReplaceLinksAsync(IHubSession session, string id, IReadOnlyList<DedupeLink> links, CancellationToken ct);

    /// <summary>Links with any of <paramref name="ids"/> at either end.</summary>
    Task<IReadOnlyList<DedupeLink>> LinksOfAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>Sets the group root of each document.</summary>
    Task SetGroupRootsAsync(IHubSession session, IReadOnlyDictionary<string, string> roots, CancellationToken ct);

    /// <summary>Ids of documents whose group root is one of <paramref name="roots"/>.</summary>
    Task<IReadOnlyList<DedupeDoc>> MembersAsync(IHubSession session, IReadOnlyCollection<string> roots, CancellationToken ct);

    /// <summary>Keeps an operator correction (join or split) of a pair.</summary>
    Task SetOverrideAsync(IHubSession session, string a, string b, LinkKind kind, DateTimeOffset at, CancellationToken ct);

    /// <summary>Operator corrections touching <paramref name="id"/>: other id → Join or Split.</summary>
    Task<IReadOnlyDictionary<string, LinkKind>> OverridesOfAsync(IHubSession session, string id, CancellationToken ct);

    /// <summary>True when one of <paramref name="ids"/> already belongs to an alerted hotspot.</summary>
    Task<bool> AnyAlertedAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>Records a hotspot alert and its members.</summary>
    Task AddAlertAsync(IHubSession session, HotspotAlert alert, CancellationToken ct);

    /// <summary>The most recent alerts, newest first.</summary>
    Task<IReadOnlyList<HotspotAlert>> ListAlertsAsync(IHubSession session, int limit, CancellationToken ct);
}
