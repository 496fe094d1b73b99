using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>Settings of cross-channel deduplication and hotspot detection (section <c>Dedupe</c>).</summary>
public sealed class DedupeOptions
{
    public const string Section = "Dedupe";

    /// <summary>False: no matching at all (every complaint stands alone).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Two filings of one complainant further apart than this are separate matters.</summary>
    [Range(1, 3650)]
    public int WindowDays { get; set; } = 60;

    /// <summary>Least text similarity (bigram containment) for a duplicate when an identity key agrees.</summary>
    [Range(0.0, 1.0)]
    public double DuplicateSimilarity { get; set; } = 0.35;

    /// <summary>
    /// Added to the duplicate thresholds in proportion to the time between the filings (the full amount at the end of
    /// the window): a late refile needs closer text.
    /// </summary>
    [Range(0.0, 1.0)]
    public double GapPenalty { get; set; } = 0.2;

    /// <summary>Least text similarity for a duplicate when neither side's identity is known to differ nor agree.</summary>
    [Range(0.0, 1.0)]
    public double AnonymousDuplicateSimilarity { get; set; } = 0.5;

    /// <summary>
    /// True: duplicates only across channels. A channel keeps its own repeats under one source id, so two records of
    /// one channel with the same text are different complainants (related).
    /// </summary>
    public bool CrossChannelOnly { get; set; } = true;

    /// <summary>Least text similarity for "same matter" (related complaints of different complainants).</summary>
    [Range(0.0, 1.0)]
    public double RelatedSimilarity { get; set; } = 0.7;

    /// <summary>Hotspot alert: at least this many distinct complainants on one matter…</summary>
    [Range(2, 10000)]
    public int HotspotComplainants { get; set; } = 5;

    /// <summary>…within this many hours.</summary>
    [Range(1, 8760)]
    public int HotspotWindowHours { get; set; } = 24;

    /// <summary>The most complaints one matching step looks at when it walks a group (guards against runaway chains).</summary>
    [Range(10, 100000)]
    public int MaxClusterSize { get; set; } = 2000;

    /// <summary>
    /// The most candidates one lookup key brings (the latest filed within the window): a key shared by very many
    /// complaints (a common phrase, a hotline's switchboard number) says little and would make every lookup slow. A
    /// repeat of a matter shares most of its ≈ 30 band keys, so it is missed only when ten newer filings crowd it out of
    /// every one of them; a group is joined through any of its members.
    /// </summary>
    [Range(1, 100000)]
    public int MaxCandidatesPerKey { get; set; } = 10;

    /// <summary>Throws when a value is out of range.</summary>
    public DedupeOptions Validated()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        return this;
    }
}
