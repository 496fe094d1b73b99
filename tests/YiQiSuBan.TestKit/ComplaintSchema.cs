using System.Text.Json.Nodes;
using Json.Schema;
using YiQiSuBan.Core.Schema;

namespace YiQiSuBan.TestKit;

/// <summary>Checks JSON against the published canonical complaint v1 schema (formats such as date-time enforced).</summary>
public static class ComplaintSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(CanonicalComplaintSchema.Text()));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The schema's complaints about <paramref name="json"/> (location: message), empty when valid.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        var results = Schema.Value.Evaluate(JsonNode.Parse(json), Options);
        if (results.IsValid) return [];
        return results.Details.Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid").ToList();
    }

    /// <summary>Fails the test, naming each broken rule, when <paramref name="json"/> is not a valid canonical complaint.</summary>
    public static void AssertValid(string json)
    {
        var problems = Problems(json);
        if (problems.Count > 0) Xunit.Assert.Fail("The complaint does not match canonical-complaint.v1:\n" + string.Join("\n", problems));
    }
}
