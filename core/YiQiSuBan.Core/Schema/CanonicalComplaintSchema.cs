namespace YiQiSuBan.Core.Schema;

/// <summary>The published JSON Schema (draft 2020-12) of the canonical complaint v1, embedded in this assembly.</summary>
public static class CanonicalComplaintSchema
{
    public const string ResourceName = "YiQiSuBan.Core.Schema.canonical-complaint.v1.schema.json";

    /// <summary>The schema document as text.</summary>
    public static string Text()
    {
        using var stream = typeof(CanonicalComplaintSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
