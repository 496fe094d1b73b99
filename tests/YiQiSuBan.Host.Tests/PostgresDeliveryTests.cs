namespace YiQiSuBan.Host.Tests;

/// <summary>The outbox tests on PostgreSQL.</summary>
public sealed class PostgresOutboxDeliveryTests : Delivery.OutboxDeliveryTests
{
    protected override bool Postgres => true;
}

/// <summary>The status forwarding tests on PostgreSQL.</summary>
public sealed class PostgresStatusForwardingTests : Status.StatusForwardingTests
{
    protected override bool Postgres => true;
}

/// <summary>The overdue scan and report tests on PostgreSQL.</summary>
public sealed class PostgresOverdueAndReportTests : Supervision.OverdueAndReportTests
{
    protected override bool Postgres => true;
}
