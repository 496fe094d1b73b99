using System.Globalization;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>Checks a push from the city: app key, signature, 300 s window and a nonce not seen within the window.</summary>
public sealed class Hotline12345PushVerifier(IOptions<Hotline12345Options> options, PushReceipts receipts, TimeProvider clock)
{
    /// <summary>Null when the push is genuine and fresh; otherwise the business code and reason to answer.</summary>
    public async Task<(string Code, string Message)?> VerifyAsync(Func<string, string?> header, string method, string pathAndQuery, byte[] body, CancellationToken ct)
    {
        var o = options.Value;
        var window = TimeSpan.FromSeconds(o.PushWindowSeconds);
        var (appKey, timestamp, nonce, sign) = (header(Hotline12345Signature.AppKeyHeader), header(Hotline12345Signature.TimestampHeader),
            header(Hotline12345Signature.NonceHeader), header(Hotline12345Signature.SignHeader));
        if (appKey is null || timestamp is null || nonce is null || sign is null) return ("4000", "missing signature headers");
        if (appKey != o.AppKey) return ("4003", "unknown app key");
        if (nonce.Length is < 16 or > 32) return ("4000", "nonce must be 16-32 characters");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return ("4000", "bad timestamp");
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(ms);
        if (age.Duration() > window) return ("4001", "timestamp outside the accepted window");
        if (!Hotline12345Signature.Verify(appKey, o.AppSecret!, timestamp, nonce, method, pathAndQuery, body, sign)) return ("4001", "bad signature");
        if (!await receipts.TryUseNonceAsync(Hotline12345Options.Key, nonce, window, ct)) return ("4001", "repeated nonce");
        return null;
    }
}
