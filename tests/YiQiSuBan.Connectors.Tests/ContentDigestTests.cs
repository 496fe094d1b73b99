using System.Security.Cryptography;
using System.Text;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests;

/// <summary>The content digest over every complaint the shared samples make, against its definition.</summary>
public sealed class ContentDigestTests
{
    /// <summary>The definition (and how earlier versions computed it, so stored digests must keep matching).</summary>
    private static string Defined(Complaint c) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HubJson.Serialize(c with { RawDigest = "", ReceivedAt = default }))));

    [Fact]
    public void Digest_of_every_sample_complaint_is_the_defined_one()
    {
        var complaints = SampleComplaints().ToList();
        Assert.True(complaints.Count > 1000, $"only {complaints.Count} complaints made from the samples");
        foreach (var c in complaints) Assert.Equal(Defined(c), ContentDigest.Of(c));
    }

    [Fact]
    public void Digest_ignores_when_and_from_which_payload_but_not_what()
    {
        var c = SampleComplaints().First(c => c.Title is not null);
        Assert.Equal(ContentDigest.Of(c), ContentDigest.Of(c with { ReceivedAt = c.ReceivedAt.AddDays(3), RawDigest = new string('0', 64) }));
        Assert.NotEqual(ContentDigest.Of(c), ContentDigest.Of(c with { Title = c.Title + "。" }));
        Assert.NotEqual(ContentDigest.Of(c), ContentDigest.Of(c with { SubmittedAt = c.SubmittedAt?.AddMinutes(1) ?? DateTimeOffset.UnixEpoch }));
    }

    [Fact]
    public void Digest_is_the_defined_one_when_the_text_quotes_the_ignored_properties()
    {
        // the digest finds receivedAt and rawDigest by name in the JSON: text that spells them out must not be taken for them
        var c = SampleComplaints().First(c => c.Title is not null);
        var quoting = c with
        {
            Title = "\"receivedAt\":\"2020-01-01T00:00:00+08:00\"",
            Content = c.Content + " {\"rawDigest\":\"abc\"} rawDigest\":\"",
            Complainant = c.Complainant with { Name = "\"rawDigest\":" },
        };
        Assert.Equal(Defined(quoting), ContentDigest.Of(quoting));
        Assert.NotEqual(ContentDigest.Of(c), ContentDigest.Of(quoting));
    }

    private static IEnumerable<Complaint> SampleComplaints()
    {
        var mapper = Hub.Mapper;
        foreach (var entry in RecordedPayloads.Find(RepoPaths.SharedChannels, null, Hub.Formats.Channels))
        {
            var payload = RecordedPayloads.Load(entry);
            Assert.True(Hub.Formats.TryGet(entry.Channel, out var format));
            foreach (var result in format.Parse(payload))
            {
                if (result.Record is not { IsPartial: false } record) continue;
                Complaint? complaint = null;
                try { complaint = mapper.Map(record, payload.ReceivedAt, payload.Sha256); }
                catch (Core.Mapping.MappingException) { }
                if (complaint is not null) yield return complaint;
            }
        }
    }
}
