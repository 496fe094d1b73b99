using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>
/// The work on one parsed record that needs no store: its complaint id and, when the record maps and validates on its
/// own, the complaint it makes as a first filing (JSON and content hash already written). Made by
/// <see cref="IngestPipeline.Prepare"/> on any thread; the writer uses <see cref="AsFirstFiling"/> only when the store
/// knows no earlier version, and maps again otherwise.
/// </summary>
public sealed record PreparedRecord(SourceRecord Record, string Id, Complaint? AsFirstFiling, string? MappingVersion);
