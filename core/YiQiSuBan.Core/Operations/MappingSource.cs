using YiQiSuBan.Core.Mapping;

namespace YiQiSuBan.Core.Operations;

/// <summary>The mapping folder, read afresh on demand so a re-drive sees a mapping fixed after the hub started.</summary>
public sealed class MappingSource(string folder)
{
    public string Folder => folder;

    /// <summary>A mapper over the mapping files as they are now.</summary>
    public ComplaintMapper Current() => new(MappingCatalog.Load(folder));
}
