using System.Security.Cryptography;
using System.Text;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Tests.Sources;

public sealed class RawPayloadTests
{
    private static RawPayload Payload(string text) => new()
    {
        Channel = "hotline12345", Name = "a.json", Bytes = Encoding.UTF8.GetBytes(text), ReceivedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void A_copy_with_other_bytes_has_their_digest_and_stored_form_not_the_originals()
    {
        var first = Payload(new string('a', 500));
        _ = (first.Sha256, first.AtRest); // cached on the original

        var copy = first with { Bytes = Encoding.UTF8.GetBytes(new string('b', 500)) };

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(copy.Bytes.Span)), copy.Sha256);
        Assert.NotEqual(first.Sha256, copy.Sha256);
        Assert.Equal(copy.Bytes.ToArray(), RawCompression.Decompress(copy.AtRest.Encoding, copy.AtRest.Bytes, copy.Bytes.Length));
    }

    [Fact]
    public void A_copy_with_the_same_bytes_keeps_the_digest()
    {
        var first = Payload("{\"orderNo\":\"1\"}");
        var renamed = first with { Name = "b.json" };
        Assert.Equal(first.Sha256, renamed.Sha256);
    }

    [Fact]
    public void Small_or_incompressible_payloads_are_kept_as_they_are()
    {
        var tiny = Payload("{}");
        Assert.Equal(RawCompression.Identity, tiny.AtRest.Encoding);
        Assert.Equal(tiny.Bytes.ToArray(), tiny.AtRest.Bytes);
        var record = Payload(string.Concat(Enumerable.Repeat("投诉内容重复的文本。", 100))); // one record's size, compressible
        Assert.Equal(RawCompression.Identity, record.AtRest.Encoding);
        Assert.Equal(record.Bytes.ToArray(), record.AtRest.Bytes);
    }

    [Fact]
    public void Kept_as_they_are_they_are_the_payloads_array_unless_it_holds_more()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"orderNo\":\"1\"}");
        Assert.Same(bytes, (Payload("") with { Bytes = bytes }).AtRest.Bytes);

        var slice = (Payload("") with { Bytes = bytes.AsMemory(1, 5) }).AtRest.Bytes;
        Assert.NotSame(bytes, slice);
        Assert.Equal(bytes[1..6], slice);
    }

    [Fact]
    public void Large_payloads_are_kept_compressed_and_read_back_exactly()
    {
        var page = Payload(string.Concat(Enumerable.Repeat("投诉内容重复的文本。", 700)));
        Assert.True(page.Bytes.Length >= RawCompression.MinCompressedBytes);
        Assert.Equal(RawCompression.Brotli, page.AtRest.Encoding);
        Assert.True(page.AtRest.Bytes.Length < page.Bytes.Length / 4);
        Assert.Equal(page.Bytes.ToArray(), RawCompression.Decompress(page.AtRest.Encoding, page.AtRest.Bytes, page.Bytes.Length));
    }
}
