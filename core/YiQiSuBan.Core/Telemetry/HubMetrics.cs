using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace YiQiSuBan.Core.Telemetry;

/// <summary>
/// The hub's meter (<see cref="MeterName"/>). Labels are channel, stage, event type, target, level: never personal data.
/// Counters are bumped by the pipeline and <see cref="MetricsIngestObserver"/>; gauges read <see cref="HubGauges"/>.
/// </summary>
public static class HubMetrics
{
    public const string MeterName = "YiQiSuBan";

    private static readonly Meter Meter = new(MeterName, "1.0");

    public static readonly Counter<long> RecordsIn = Meter.CreateCounter<long>("yqsb.records.in", description: "Source records parsed from channel payloads");
    public static readonly Counter<long> RecordsOut = Meter.CreateCounter<long>("yqsb.records.out", description: "Complaint events put on the feed");
    public static readonly Counter<long> Quarantined = Meter.CreateCounter<long>("yqsb.quarantined", description: "Records or payloads quarantined");
    public static readonly Counter<long> DedupeLinks = Meter.CreateCounter<long>("yqsb.dedupe.links", description: "Duplicate or related links made by matching");
    public static readonly Counter<long> PayloadsIn = Meter.CreateCounter<long>("yqsb.payloads.in", description: "Raw payloads stored");
    public static readonly Histogram<double> DeliveryLatency = Meter.CreateHistogram<double>("yqsb.delivery.latency", unit: "s", description: "From outbox row to acknowledgement");

    static HubMetrics()
    {
        Meter.CreateObservableGauge("yqsb.outbox.depth", () => HubGauges.Current.OutboxDepth.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("status", p.Key))), description: "Outbox messages not delivered");
        Meter.CreateObservableGauge("yqsb.outbox.age", () => new Measurement<double>(HubGauges.Current.OutboxOldestAgeSeconds), unit: "s", description: "Age of the oldest undelivered outbox message");
        Meter.CreateObservableGauge("yqsb.connector.lag", () => HubGauges.Current.ConnectorLagSeconds.Select(p => new Measurement<double>(p.Value, new KeyValuePair<string, object?>("channel", p.Key))), unit: "s", description: "Time since a connector's last position");
        Meter.CreateObservableGauge("yqsb.supervision.cards", () => HubGauges.Current.Cards.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("level", p.Key))), description: "2151 supervision cards raised");
    }

    public static TagList Channel(string channel) => new() { { "channel", channel } };

    public static TagList Channel(string channel, string key, string value) => new() { { "channel", channel }, { key, value } };
}
