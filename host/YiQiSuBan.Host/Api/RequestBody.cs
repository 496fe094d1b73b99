namespace YiQiSuBan.Host.Api;

/// <summary>Reads a request body to the end (bounded), as the bytes the signature covers.</summary>
public static class RequestBody
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes) throw new BadHttpRequestException("body too large", StatusCodes.Status413PayloadTooLarge);
        return buffer.ToArray();
    }
}
