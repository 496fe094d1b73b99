namespace YiQiSuBan.Connectors.Tests.Hotline12345;

/// <summary>The hotline compliance suite on PostgreSQL: checkpoint and payloads in one PostgreSQL transaction.</summary>
public sealed class Hotline12345PostgresConnectorTests : Hotline12345ConnectorTests
{
    protected override string StoreKind => "postgres";
}
