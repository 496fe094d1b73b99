using YiQiSuBan.Storage.Postgres;
using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The schema upgrade on PostgreSQL (a fresh schema per test).</summary>
public sealed class PostgresSchemaUpgradeTests : SchemaUpgradeCompliance
{
    protected override async Task<ITempStore> CreateTempStoreAsync() => await TempPostgres.CreateSchemaAsync();

    protected override IReadOnlyList<(int Version, string Sql)> Migrations => PostgresSchema.Migrations;

    protected override string FirstSchemaMigrationsTable =>
        """
        CREATE TABLE schema_migrations(version integer PRIMARY KEY, applied_at timestamptz NOT NULL);
        INSERT INTO schema_migrations VALUES (1, now()), (2, now())
        """;

    protected override string FirstSchemaRows =>
        """
        INSERT INTO raw_payloads(id, channel, name, sha256, received_at, delivery, size, bytes) VALUES (1, @channel, 'push.json', 'first', '2024-03-04T02:00:00Z', 'replay', 0, ''::bytea);
        SELECT setval(pg_get_serial_sequence('raw_payloads', 'id'), 1);
        INSERT INTO complaints VALUES (@id, @channel, @sourceId, @snapshot::jsonb, @complaint::jsonb, @hash, 'first', 1);
        INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record) VALUES (@id, 1, 'stale', 0, @snapshot::jsonb);
        INSERT INTO feed(type, complaint_id, at, payload) VALUES ('complaint.created', @id, '2024-03-04T02:00:00Z', @payload::jsonb);
        """;
}
