using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Core.Tests.Dedupe;

/// <summary>The dedupe matcher on a real temporary SQLite store, fed with synthetic complaints.</summary>
public sealed class DedupeHarness : IAsyncDisposable
{
    private readonly TempSqlite _db;

    private DedupeHarness(TempSqlite db, DedupeOptions options)
    {
        _db = db;
        Options = options;
        Index = new SqlDedupeIndex();
        Matcher = new DedupeMatcher(Index, options);
        Pipeline = Hub.Pipeline(db.Store, Matcher);
        Direct = new DirectMatching(Matcher, Pipeline);
        Corrections = new DedupeCorrections(Index, Matcher, Pipeline);
    }

    public DedupeOptions Options { get; }
    public SqlDedupeIndex Index { get; }
    public DedupeMatcher Matcher { get; }
    public IngestPipeline Pipeline { get; }
    public DirectMatching Direct { get; }
    public DedupeCorrections Corrections { get; }

    public static async Task<DedupeHarness> CreateAsync(DedupeOptions? options = null) => new(await TempSqlite.CreateAsync(), options ?? new DedupeOptions());

    /// <summary>Adds complaints one transaction each; returns every feed event produced.</summary>
    public async Task<List<FeedEvent>> AddAsync(params Complaint[] complaints)
    {
        var events = new List<FeedEvent>();
        foreach (var c in complaints)
        {
            await using var session = await _db.Store.BeginAsync();
            events.AddRange(await Direct.AddAsync(c, session));
            await session.CommitAsync();
        }
        return events;
    }

    public async Task<Complaint> GetAsync(string id) => (await _db.Store.GetComplaintAsync(id))!.Complaint!;

    public async Task<List<FeedEvent>> CorrectAsync(string a, string b, LinkKind kind)
    {
        await using var session = await _db.Store.BeginAsync();
        var events = await Corrections.ApplyAsync(session, a, b, kind, DateTimeOffset.UnixEpoch, default);
        await session.CommitAsync();
        return events.ToList();
    }

    public async Task<string> ExplainAsync(string a, string b)
    {
        await using var session = await _db.Store.BeginAsync();
        var docs = (await Index.GetDocsAsync(session, [a, b], default)).ToDictionary(d => d.Id);
        var stored = (await Index.LinksOfAsync(session, [a], default)).FirstOrDefault(l => l.Other(a) == b);
        return PairExplanation.Write(Matcher.Scorer.Score(docs[a], docs[b]), stored, docs[a], docs[b], Options);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
