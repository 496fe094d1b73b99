using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The schema upgrade on PostgreSQL (a fresh schema per test).</summary>
public sealed class PostgresSchemaUpgradeTests : SchemaUpgradeCompliance
{
    protected override async Task<ITempStore> CreateTempStoreAsync() => await TempPostgres.CreateSchemaAsync();

    protected override string FirstSchema =>
        """
        CREATE TABLE schema_migrations(version integer PRIMARY KEY, applied_at timestamptz NOT NULL);
        INSERT INTO schema_migrations VALUES (1, now()), (2, now());
        CREATE TABLE raw_payloads(
          id bigserial PRIMARY KEY, channel text NOT NULL, name text NOT NULL, sha256 text NOT NULL,
          received_at timestamptz NOT NULL, delivery text NOT NULL, size integer NOT NULL, bytes bytea NOT NULL,
          encoding text NOT NULL DEFAULT 'identity', UNIQUE(channel, sha256));
        CREATE TABLE complaints(
          id text PRIMARY KEY, channel text NOT NULL, source_id text NOT NULL, snapshot jsonb NOT NULL,
          complaint jsonb, content_hash text, mapping_version text, raw_id bigint NOT NULL);
        CREATE INDEX ix_complaints_channel ON complaints(channel, source_id);
        CREATE TABLE complaint_history(
          id bigserial PRIMARY KEY, complaint_id text NOT NULL, raw_id bigint NOT NULL, outcome text NOT NULL,
          source_version bigint, record jsonb NOT NULL, complaint jsonb, mapping_version text);
        CREATE INDEX ix_history_complaint ON complaint_history(complaint_id);
        CREATE TABLE feed(
          seq bigserial PRIMARY KEY, type text NOT NULL, complaint_id text NOT NULL, at timestamptz NOT NULL, payload jsonb NOT NULL);
        CREATE INDEX ix_feed_complaint ON feed(complaint_id);
        CREATE TABLE quarantine(
          id bigserial PRIMARY KEY, channel text NOT NULL, file text NOT NULL, raw_id bigint, row integer,
          source_id text, stage text NOT NULL, reason text NOT NULL, at timestamptz NOT NULL, status text NOT NULL DEFAULT 'open');
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
