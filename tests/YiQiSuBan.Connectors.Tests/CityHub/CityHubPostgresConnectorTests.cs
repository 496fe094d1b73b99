namespace YiQiSuBan.Connectors.Tests.CityHub;

/// <summary>The city-hub compliance suite on PostgreSQL.</summary>
public sealed class CityHubPostgresConnectorTests : CityHubConnectorTests
{
    protected override string StoreKind => "postgres";
}
