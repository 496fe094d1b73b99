using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.TestKit;
using static YiQiSuBan.Storage.Tests.Compliance.TestPayloads;

namespace YiQiSuBan.Storage.Tests.Compliance;

/// <summary>
/// What every <see cref="IHubStore"/> must do, run against each real store by a subclass.
/// Each test gets a fresh, migrated store.
/// </summary>
public abstract class StoreCompliance : IAsyncLifetime
{
    private ITempStore? _temp;

    /// <summary>A fresh, empty store (not migrated).</summary>
    protected abstract Task<ITempStore> CreateTempStoreAsync();

    /// <summary>How many sessions write at the same time in the concurrency test.</summary>
    protected virtual int ParallelWriters => 4;

    /// <summary>The store one parallel writer uses: by default its own node on the same data.</summary>
    protected virtual IHubStore WriterNode() => Temp.OpenNode();

    /// <summary>What a NUL character in stored text reads back as (the PostgreSQL store writes U+FFFD for it, see PostgresJson).</summary>
    protected virtual char NulReadsBackAs => '\0';

    protected ITempStore Temp => _temp!;
    protected IHubStore Store => Temp.Store;

    public async Task InitializeAsync()
    {
        _temp = await CreateTempStoreAsync();
        await _temp.Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_temp is not null) await _temp.DisposeAsync();
    }

    [Fact]
    public async Task Migrating_again_from_this_and_another_node_is_harmless()
    {
        await using (var s = await Store.BeginAsync())
        {
            await s.AppendFeedAsync(Event("c-1", 1));
            await s.CommitAsync();
        }

        await Store.MigrateAsync();
        await Temp.OpenNode().MigrateAsync();

        var feed = await ReadAllAsync(Store);
        Assert.Equal("c-1", Assert.Single(feed).ComplaintId);
    }

    [Fact]
    public async Task The_same_raw_payload_twice_is_stored_once()
    {
        var payload = Bytes(Encoding.UTF8.GetBytes("{\"eventId\":\"e-1\"}"));
        RawPayloadEntry first, again, inSameSession;
        await using (var s = await Store.BeginAsync())
        {
            first = await s.AddRawAsync(payload);
            inSameSession = await s.AddRawAsync(payload with { Name = "other-name.json" });
            await s.CommitAsync();
        }
        await using (var s = await Store.BeginAsync())
        {
            again = await s.AddRawAsync(payload with { Name = "retry.json", ReceivedAt = Day.AddHours(1) });
            await s.CommitAsync();
        }

        Assert.True(first.IsNew);
        Assert.False(inSameSession.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Id, inSameSession.Id);
        Assert.Equal(payload.Sha256, again.Sha256);
    }

    [Fact]
    public async Task Empty_text_is_stored_as_empty_text_and_long_text_whole()
    {
        // the SQLite writes bind text through a reused UTF-8 buffer: an empty value stays empty (not NULL), a long one grows
        // the buffer, and a short one after it does not carry the long one's tail
        var names = new[] { "", new string('名', 5_000) + ".json", "b.json" };
        await using var s = await Store.BeginAsync();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var raw = await s.AddRawAsync(Bytes([(byte)i]) with { Name = name, Delivery = "" });
            var stored = await s.Connection.QuerySingleAsync<(string Name, string Delivery)>(
                "SELECT name AS Name, delivery AS Delivery FROM raw_payloads WHERE id = @id", new { id = raw.Id }, s.Transaction);
            Assert.Equal((name, ""), stored);
        }
    }

    [Fact]
    public async Task Raw_bytes_come_back_exactly_and_are_kept_compressed_with_their_size()
    {
        var chinese = Encoding.GetEncoding("utf-16").GetBytes(string.Concat(Enumerable.Repeat("峄城区榴园镇用电报装迟迟未办理。", 800)));
        var random = RandomNumberGenerator.GetBytes(20_000);
        var payloads = new[] { Array.Empty<byte>(), "{}"u8.ToArray(), chinese, random, Encoding.UTF8.GetBytes(new string('x', 1_000_000)) };

        var ids = new List<long>();
        await using (var s = await Store.BeginAsync())
        {
            for (var i = 0; i < payloads.Length; i++) ids.Add((await s.AddRawAsync(Bytes(payloads[i], $"p{i}.bin"))).Id);
            var stored = await s.Connection.QuerySingleAsync<(long Size, long Length)>(
                "SELECT size, length(bytes) FROM raw_payloads WHERE id = @id", new { id = ids[2] }, s.Transaction);
            Assert.Equal(chinese.Length, stored.Size);
            Assert.True(stored.Length < chinese.Length / 4, $"stored {stored.Length} bytes for {chinese.Length}");
            await s.CommitAsync();
        }

        for (var i = 0; i < payloads.Length; i++)
            Assert.Equal(payloads[i], await Store.GetRawBytesAsync(ids[i]));
        Assert.Null(await Store.GetRawBytesAsync(ids.Max() + 1000));
    }

    [Fact]
    public async Task A_version_is_stored_as_the_exact_JSON_the_hub_wrote()
    {
        // the store keeps the text the content hash was taken over (PostgreSQL's jsonb would reorder keys and add spaces);
        // one version alone and twenty in one session (PostgreSQL sends many rows of a table as arrays)
        foreach (var count in new[] { 1, 20 })
        {
            var ids = Enumerable.Range(0, count).Select(i => $"c-json-{count}-{i}").ToList();
            await using var s = await Store.BeginAsync();
            var raw = await s.AddRawAsync(Bytes(Encoding.UTF8.GetBytes($"exact json {count}")));
            foreach (var id in ids)
            {
                await s.SaveComplaintAsync(new StoredComplaint { Id = id, Snapshot = Record(id), Complaint = Complaint(id, id), RawId = raw.Id });
                await s.AppendFeedAsync(Event(id, 1));
            }
            await s.FlushAsync();
            foreach (var id in ids)
            {
                var stored = await s.Connection.QuerySingleAsync<(string Record, string Complaint)>(
                    "SELECT h.record AS Record, h.complaint AS Complaint FROM complaint_history h JOIN complaints c ON h.id = c.version_id WHERE c.id = @id",
                    new { id }, s.Transaction);
                Assert.Equal(HubJson.Serialize(Record(id)), stored.Record);
                Assert.Equal(HubJson.Serialize(Complaint(id, id)), stored.Complaint);
            }
            await s.CommitAsync();
        }
    }

    [Fact]
    public async Task A_complaint_saved_several_times_in_a_session_ends_at_its_last_version_with_each_in_its_history()
    {
        await using (var s = await Store.BeginAsync())
        {
            var raw = await s.AddRawAsync(Bytes("versions"u8.ToArray()));
            for (var v = 1; v <= 3; v++)
                await s.SaveComplaintAsync(new StoredComplaint
                {
                    Id = "c-v", Snapshot = Record("ZZ-V", version: v), Complaint = Complaint("c-v", "ZZ-V") with { Title = $"v{v}" }, ContentHash = $"h{v}", RawId = raw.Id,
                });
            await s.SaveComplaintAsync(new StoredComplaint { Id = "c-other", Snapshot = Record("ZZ-O"), Complaint = Complaint("c-other", "ZZ-O"), ContentHash = "o", RawId = raw.Id });
            await s.CommitAsync();
        }

        var stored = await Store.GetComplaintAsync("c-v");
        Assert.Equal(("v3", "h3", 3L), (stored?.Complaint?.Title, stored?.ContentHash, stored?.Snapshot.Version));
        Assert.Equal("o", (await Store.GetComplaintAsync("c-other"))?.ContentHash);
        await using var read = await Store.BeginAsync();
        Assert.Equal([1L, 2L, 3L], await read.QueryAsync<long>("SELECT source_version FROM complaint_history WHERE complaint_id = 'c-v' ORDER BY id"));
    }

    [Fact]
    public async Task A_statement_queued_after_saves_applies_after_them()
    {
        await using (var s = await Store.BeginAsync())
        {
            var raw = await s.AddRawAsync(Bytes("ordered"u8.ToArray()));
            await s.SaveComplaintAsync(new StoredComplaint { Id = "c-w", Snapshot = Record("ZZ-W"), Complaint = Complaint("c-w", "ZZ-W"), ContentHash = "before", RawId = raw.Id });
            await s.WriteAsync("UPDATE complaints SET content_hash = 'edited' WHERE id = 'c-w'", []);
            await s.CommitAsync();
        }

        Assert.Equal("edited", (await Store.GetComplaintAsync("c-w"))?.ContentHash);
    }

    [Fact]
    public async Task A_session_disposed_without_commit_leaves_nothing()
    {
        var payload = Bytes("rolled back"u8.ToArray());
        await using (var s = await Store.BeginAsync())
        {
            var raw = await s.AddRawAsync(payload);
            await s.SaveComplaintAsync(new StoredComplaint { Id = "c-rb", Snapshot = Record("ZZ-RB"), Complaint = Complaint("c-rb", "ZZ-RB"), RawId = raw.Id });
            await s.AppendFeedAsync(Event("c-rb", 1));
            await s.QuarantineAsync(Quarantine(raw.Id, 1, "map"));
            Assert.NotNull(await s.GetComplaintAsync("c-rb"));
        }

        Assert.Empty(await Store.ReadFeedAsync(0, 10));
        Assert.Empty(await Store.ListQuarantineAsync());
        Assert.Null(await Store.GetComplaintAsync("c-rb"));
        await using (var s = await Store.BeginAsync())
        {
            Assert.True((await s.AddRawAsync(payload)).IsNew);
            await s.CommitAsync();
        }
    }

    [Fact]
    public async Task A_long_session_with_reads_between_its_writes_keeps_every_write_in_order()
    {
        await using (var s = await Store.BeginAsync())
        {
            await s.SaveComplaintAsync(new StoredComplaint { Id = "c-before", Snapshot = Record("ZZ-BEFORE"), Complaint = Complaint("c-before", "ZZ-BEFORE"), RawId = 1 });
            await s.CommitAsync();
        }
        await using (var s = await Store.BeginAsync())
        {
            var raw = await s.AddRawAsync(Bytes("long session"u8.ToArray()));
            for (var i = 0; i < 700; i++) // far more writes than a store may keep waiting before it sends them
            {
                var id = $"c-{i:000}";
                await s.SaveComplaintAsync(new StoredComplaint { Id = id, Snapshot = Record($"ZZ-{i:000}"), Complaint = Complaint(id, $"ZZ-{i:000}"), RawId = raw.Id });
                await s.AppendFeedAsync(Event(id, i));
                if (i % 97 == 0) Assert.Equal("ZZ-BEFORE", (await s.GetComplaintAsync("c-before"))?.Snapshot.SourceId);
            }
            await s.CommitAsync();
        }

        var feed = await ReadAllAsync(Store, page: 250);
        Assert.Equal(Enumerable.Range(0, 700).Select(i => $"c-{i:000}"), feed.Select(e => e.ComplaintId));
        Assert.Equal("ZZ-699", (await Store.GetComplaintAsync("c-699"))?.Snapshot.SourceId);
    }

    [Fact]
    public async Task A_feature_modules_sql_through_the_session_sees_every_write_queued_before_it()
    {
        await using var s = await Store.BeginAsync();
        var raw = await s.AddRawAsync(Bytes("feature sql"u8.ToArray()));
        for (var i = 0; i < 300; i++) // more writes than a store may keep waiting before it sends them
        {
            var id = $"c-{i:000}";
            await s.SaveComplaintAsync(new StoredComplaint { Id = id, Snapshot = Record($"ZZ-{i:000}"), Complaint = Complaint(id, $"ZZ-{i:000}"), RawId = raw.Id });
            await s.AppendFeedAsync(Event(id, i));
        }

        Assert.Equal(300, await s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feed"));
        Assert.Equal("c-299", (await s.QueryAsync<string>("SELECT complaint_id FROM feed ORDER BY seq")).Last());
        await s.AppendFeedAsync(Event("c-300", 300));
        Assert.Equal(1, await s.ExecuteAsync("DELETE FROM feed WHERE complaint_id = @id", new { id = "c-300" }));
        await s.AppendFeedAsync(Event("c-301", 301));
        var unbuffered = new List<string>();
        await foreach (var id in s.QueryUnbufferedAsync<string>("SELECT complaint_id FROM feed ORDER BY seq")) unbuffered.Add(id);
        Assert.Equal(301, unbuffered.Count);
        Assert.Equal("c-301", unbuffered[^1]);
        Assert.Equal("ZZ-150", await s.QuerySingleOrDefaultAsync<string>("SELECT source_id FROM complaints WHERE id = @id", new { id = "c-150" }));
        await s.CommitAsync();
    }

    [Fact]
    public async Task A_write_the_database_refuses_fails_the_session_and_leaves_nothing()
    {
        var failed = await Xunit.Record.ExceptionAsync(async () =>
        {
            await using var s = await Store.BeginAsync();
            for (var i = 0; i < 300; i++) await s.AppendFeedAsync(Event($"c-{i:000}", i));
            await s.WriteAsync("INSERT INTO no_such_table(x) VALUES (1)", []);
            for (var i = 300; i < 600; i++) await s.AppendFeedAsync(Event($"c-{i:000}", i));
            await s.CommitAsync();
        });

        Assert.NotNull(failed);
        Assert.Empty(await Store.ReadFeedAsync(0, 10));
        await using (var s = await Store.BeginAsync())
        {
            await s.AppendFeedAsync(Event("c-after", 1));
            await s.CommitAsync();
        }
        Assert.Equal("c-after", Assert.Single(await ReadAllAsync(Store)).ComplaintId);
    }

    [Fact]
    public async Task Text_with_a_nul_character_is_stored_and_reads_back()
    {
        var complaint = Complaint("c-nul", "ZZ-NUL") with { Title = "标题\0后半", Content = "内容\\u0000不是NUL\0" };
        var record = Record("ZZ-NUL") with { Fields = new Dictionary<string, string?> { ["title"] = "标题\0后半" } };
        await using (var s = await Store.BeginAsync())
        {
            await s.SaveComplaintAsync(new StoredComplaint { Id = "c-nul", Snapshot = record, Complaint = complaint, RawId = 1 });
            await s.AddHistoryAsync("c-nul", record, 1, "stale");
            await s.AppendFeedAsync(new FeedEvent { Type = FeedEventTypes.Updated, ComplaintId = "c-nul", At = Day, Complaint = complaint with { Title = "另一版\0" } });
            await s.CommitAsync();
        }

        var stored = await Store.GetComplaintAsync("c-nul");
        Assert.Equal($"标题{NulReadsBackAs}后半", stored?.Complaint?.Title);
        Assert.Equal($"内容\\u0000不是NUL{NulReadsBackAs}", stored?.Complaint?.Content);
        Assert.Equal($"标题{NulReadsBackAs}后半", stored?.Snapshot.Fields["title"]);
        Assert.Equal($"另一版{NulReadsBackAs}", Assert.Single(await ReadAllAsync(Store)).Complaint?.Title);
    }

    [Fact]
    public async Task An_empty_payload_and_empty_texts_are_kept_empty_not_missing()
    {
        RawPayloadEntry raw;
        var stored = new StoredComplaint
        {
            Id = "c-empty", Snapshot = Record("ZZ-EMPTY"), Complaint = Complaint("c-empty", "ZZ-EMPTY"), ContentHash = "", MappingVersion = "",
        };
        await using (var s = await Store.BeginAsync())
        {
            raw = await s.AddRawAsync(Bytes([], name: ""));
            await s.SaveComplaintAsync(stored with { RawId = raw.Id });
            await s.CommitAsync();
        }

        Assert.True(raw.IsNew);
        var bytes = await Store.GetRawBytesAsync(raw.Id);
        Assert.NotNull(bytes);
        Assert.Empty(bytes);
        var read = await Store.GetComplaintAsync("c-empty");
        Assert.Equal("", read?.ContentHash);
        Assert.Equal("", read?.MappingVersion);
    }

    [Fact]
    public async Task The_feed_reads_in_order_page_by_page()
    {
        for (var session = 0; session < 3; session++)
        {
            await using var s = await Store.BeginAsync();
            for (var i = 0; i < 9; i++) await s.AppendFeedAsync(Event($"c-{session * 9 + i:00}", session * 9 + i));
            await s.CommitAsync();
        }

        var first = await Store.ReadFeedAsync(0, 10);
        var second = await Store.ReadFeedAsync(first[^1].Seq, 10);
        var third = await Store.ReadFeedAsync(second[^1].Seq, 10);
        var past = await Store.ReadFeedAsync(third[^1].Seq, 10);

        Assert.Equal([10, 10, 7, 0], new[] { first.Count, second.Count, third.Count, past.Count });
        var all = first.Concat(second).Concat(third).ToList();
        Assert.Equal(Enumerable.Range(0, 27).Select(i => $"c-{i:00}"), all.Select(e => e.ComplaintId));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Seq < p.Second.Seq));
        Assert.Equal(Day.AddMinutes(26), all[^1].At);
        Assert.Equal(3, (await Store.ReadFeedAsync(all[1].Seq, 3)).Count);
        Assert.Equal(all[2].Seq, (await Store.ReadFeedAsync(all[1].Seq, 3))[0].Seq);
    }

    [Fact]
    public async Task Quarantined_items_are_listed_with_stage_reason_and_raw_link()
    {
        long rawId;
        await using (var s = await Store.BeginAsync())
        {
            rawId = (await s.AddRawAsync(Bytes("[1,2,3]"u8.ToArray()))).Id;
            await s.QuarantineAsync(Quarantine(rawId, 1, "parse"));
            await s.QuarantineAsync(Quarantine(rawId, 2, "map"));
            await s.QuarantineAsync(Quarantine(rawId, 3, "validate") with { Row = null, SourceId = null, RawId = null });
            await s.CommitAsync();
        }

        var items = await Store.ListQuarantineAsync();
        Assert.Equal(["parse", "map", "validate"], items.Select(i => i.Stage));
        Assert.Equal(Quarantine(rawId, 1, "parse") with { Id = items[0].Id }, items[0]);
        Assert.Equal("第2行：内容为空", items[1].Reason);
        Assert.Null(items[2].RawId);
        Assert.Null(items[2].Row);
        Assert.Equal(Day.AddMinutes(3), items[2].At);
        Assert.Equal(2, (await Store.ListQuarantineAsync(limit: 2)).Count);
    }

    [Fact]
    public async Task A_saved_complaint_with_chinese_text_reads_back_the_same()
    {
        var stored = new StoredComplaint
        {
            Id = "c-0123456789abcdef0123", Snapshot = Record("ZZ12345-20240304-000001", version: 3),
            Complaint = Complaint("c-0123456789abcdef0123", "ZZ12345-20240304-000001"), ContentHash = "h1", MappingVersion = "hotline12345.1",
        };
        await using (var s = await Store.BeginAsync())
        {
            stored = stored with { RawId = (await s.AddRawAsync(Bytes("x"u8.ToArray()))).Id };
            await s.SaveComplaintAsync(stored);
            AssertSame(stored, await s.GetComplaintAsync(stored.Id));
            await s.CommitAsync();
        }
        AssertSame(stored, await Store.GetComplaintAsync(stored.Id));
        Assert.Null(await Store.GetComplaintAsync("c-unknown"));

        var partial = stored with { Complaint = null, ContentHash = null, Snapshot = Record("ZZ12345-20240304-000001", version: 4) with { IsPartial = true } };
        await using (var s = await Store.BeginAsync())
        {
            await s.SaveComplaintAsync(partial);
            await s.CommitAsync();
        }
        AssertSame(partial, await Store.GetComplaintAsync(stored.Id));
    }

    [Fact]
    public async Task Parallel_writers_leave_a_complete_strictly_increasing_feed_that_a_tailing_reader_never_skips()
    {
        const int sessionsPerWriter = 12, eventsPerSession = 5;
        using var writing = new CancellationTokenSource();
        var seen = new ConcurrentQueue<long>();
        var reader = Task.Run(async () =>
        {
            var last = 0L;
            while (true)
            {
                var stop = writing.IsCancellationRequested;
                var page = await Store.ReadFeedAsync(last, 7);
                foreach (var e in page) seen.Enqueue(e.Seq);
                if (page.Count > 0) last = page[^1].Seq;
                else if (stop) return;
            }
        });
        var writers = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            var node = WriterNode();
            for (var s = 0; s < sessionsPerWriter; s++)
            {
                await using var session = await node.BeginAsync();
                await session.AddRawAsync(Bytes(Encoding.UTF8.GetBytes($"writer {w} session {s}")));
                for (var e = 0; e < eventsPerSession; e++)
                {
                    await session.AppendFeedAsync(Event($"c-{w}-{s}-{e}", e));
                    await Task.Yield();
                }
                if (s % 4 == 3) continue; // every fourth session rolls back
                await session.CommitAsync();
            }
        })).ToArray();
        await Task.WhenAll(writers);
        await writing.CancelAsync();
        await reader;

        var feed = await ReadAllAsync(Store);
        var expected = Enumerable.Range(0, ParallelWriters)
            .SelectMany(w => Enumerable.Range(0, sessionsPerWriter).Where(s => s % 4 != 3).SelectMany(s => Enumerable.Range(0, eventsPerSession).Select(e => $"c-{w}-{s}-{e}")));
        Assert.Equal(expected.Order(), feed.Select(e => e.ComplaintId).Order());
        Assert.Equal(feed.Select(e => e.Seq), seen);
    }

    private static void AssertSame(StoredComplaint expected, StoredComplaint? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(HubJson.Serialize(SourceFieldOrder.InKeyOrder(expected)), HubJson.Serialize(SourceFieldOrder.InKeyOrder(actual)));
    }
}
