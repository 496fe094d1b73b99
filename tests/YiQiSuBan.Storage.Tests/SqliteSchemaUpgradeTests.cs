using YiQiSuBan.Storage.Sqlite;
using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The schema upgrade on the embedded SQLite store.</summary>
public sealed class SqliteSchemaUpgradeTests : SchemaUpgradeCompliance
{
    protected override Task<ITempStore> CreateTempStoreAsync() => Task.FromResult<ITempStore>(new TempSqlite());

    protected override IReadOnlyList<(int Version, string Sql)> Migrations => SqliteSchema.Migrations;

    protected override string FirstSchemaMigrationsTable =>
        """
        CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
        INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z'), (2, '2026-01-01T00:00:00Z')
        """;

    protected override string FirstSchemaRows =>
        """
        INSERT INTO raw_payloads(id, channel, name, sha256, received_at, delivery, size, bytes) VALUES (1, @channel, 'push.json', 'first', '2024-03-04T10:00:00.0000000+08:00', 'replay', 0, x'');
        INSERT INTO complaints VALUES (@id, @channel, @sourceId, @snapshot, @complaint, @hash, 'first', 1);
        INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record) VALUES (@id, 1, 'stale', 0, @snapshot);
        INSERT INTO feed(type, complaint_id, at, payload) VALUES ('complaint.created', @id, '2024-03-04T10:00:00.0000000+08:00', @payload);
        """;
}
