using System.Globalization;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>The text of <c>dedupe explain</c>: field names only, never identity values (personal data).</summary>
public static class PairExplanation
{
    public static string Write(DedupeLink scored, DedupeLink? stored, DedupeDoc x, DedupeDoc y, DedupeOptions options)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"pair          {scored.A} {scored.B}",
            $"identity      agreed: {List(scored.Agreed)}; conflicting: {List(scored.Conflicting)}; known fields: {Fields(x)} / {Fields(y)}",
            string.Create(inv, $"similarity    {scored.Similarity:0.000} (bigram containment; duplicate ≥ {options.DuplicateSimilarity:0.00} with identity, ≥ {options.AnonymousDuplicateSimilarity:0.00} without; related ≥ {options.RelatedSimilarity:0.00})"),
            string.Create(inv, $"time gap      {scored.GapDays:0.##} days (window {options.WindowDays} days)"),
            $"decision      {scored.Kind.ToString().ToLowerInvariant()}",
            $"stored link   {(stored is null ? "none" : stored.Kind.ToString().ToLowerInvariant())}",
            $"groups        {x.GroupRoot} / {y.GroupRoot} ({(x.GroupRoot == y.GroupRoot ? "same complainant and matter" : "different groups")})",
        };
        return string.Join('\n', lines) + "\n";
    }

    private static string List(IReadOnlyList<string> fields) => fields.Count == 0 ? "-" : string.Join(',', fields);

    private static string Fields(DedupeDoc d) => List(d.Identity.Select(IdentityKeys.FieldOf).Distinct().ToList());
}
