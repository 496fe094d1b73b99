using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The schema upgrade on the embedded SQLite store.</summary>
public sealed class SqliteSchemaUpgradeTests : SchemaUpgradeCompliance
{
    protected override Task<ITempStore> CreateTempStoreAsync() => Task.FromResult<ITempStore>(new TempSqlite());

    protected override string FirstSchema =>
        """
        CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
        INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z'), (2, '2026-01-01T00:00:00Z');
        CREATE TABLE raw_payloads(
          id INTEGER PRIMARY KEY, channel TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL,
          received_at TEXT NOT NULL, delivery TEXT NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL,
          encoding TEXT NOT NULL DEFAULT 'identity', UNIQUE(channel, sha256));
        CREATE TABLE complaints(
          id TEXT PRIMARY KEY, channel TEXT NOT NULL, source_id TEXT NOT NULL, snapshot TEXT NOT NULL,
          complaint TEXT, content_hash TEXT, mapping_version TEXT, raw_id INTEGER NOT NULL);
        CREATE INDEX ix_complaints_channel ON complaints(channel, source_id);
        CREATE TABLE complaint_history(
          id INTEGER PRIMARY KEY, complaint_id TEXT NOT NULL, raw_id INTEGER NOT NULL, outcome TEXT NOT NULL,
          source_version INTEGER, record TEXT NOT NULL, complaint TEXT, mapping_version TEXT);
        CREATE INDEX ix_history_complaint ON complaint_history(complaint_id);
        CREATE TABLE feed(
          seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, complaint_id TEXT NOT NULL, at TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE INDEX ix_feed_complaint ON feed(complaint_id);
        CREATE TABLE quarantine(
          id INTEGER PRIMARY KEY, channel TEXT NOT NULL, file TEXT NOT NULL, raw_id INTEGER, row INTEGER,
          source_id TEXT, stage TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open');
        """;

    protected override string FirstSchemaRows =>
        """
        INSERT INTO raw_payloads(id, channel, name, sha256, received_at, delivery, size, bytes) VALUES (1, @channel, 'push.json', 'first', '2024-03-04T10:00:00.0000000+08:00', 'replay', 0, x'');
        INSERT INTO complaints VALUES (@id, @channel, @sourceId, @snapshot, @complaint, @hash, 'first', 1);
        INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record) VALUES (@id, 1, 'stale', 0, @snapshot);
        INSERT INTO feed(type, complaint_id, at, payload) VALUES ('complaint.created', @id, '2024-03-04T10:00:00.0000000+08:00', @payload);
        """;
}
